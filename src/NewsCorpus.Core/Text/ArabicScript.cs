namespace NewsCorpus.Core.Text;

/// <summary>Character classes of the Arabic script, shared by decoding, parsing and analysis.</summary>
public static class ArabicScript
{
    /// <summary>True for letters of the Arabic blocks, including presentation forms.</summary>
    public static bool IsArabicLetter(char c) =>
        char.IsLetter(c) && (c is >= '\u0600' and <= '\u06FF'
            or >= '\u0750' and <= '\u077F'
            or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF'
            or >= '\uFE70' and <= '\uFEFF');

    public static bool ContainsArabicLetter(string text)
    {
        foreach (var c in text)
        {
            if (IsArabicLetter(c))
                return true;
        }
        return false;
    }

    /// <summary>At least half the letters are Arabic: the test a legacy-encoded file must pass to be trusted.</summary>
    public static bool MostLettersAreArabic(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (IsArabicLetter(c))
                arabic++;
        }
        return letters > 0 && arabic * 2 >= letters;
    }
}
