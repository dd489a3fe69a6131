namespace NewsCorpus.Core.Ingestion;

/// <summary>Shape tests shared by the line detectors: word counts, sentence punctuation, script.</summary>
internal static class LineShape
{
    /// <summary>Runs of characters between spaces that hold a letter or digit (asked of every line, several times: no split).</summary>
    public static int WordCount(string text) => CountWords(text, int.MaxValue);

    /// <summary>
    /// <c>WordCount(text) &gt; max</c>, read only as far as the word after the <paramref name="max"/>th: the line
    /// detectors ask it of every paragraph, and a paragraph of a hundred words is settled at its seventh.
    /// </summary>
    public static bool HasMoreWordsThan(ReadOnlySpan<char> text, int max) => CountWords(text, max) > max;

    /// <summary>
    /// True when some character is a digit (<see cref="char.IsDigit(char)"/>: Arabic-Indic digits too — what the date
    /// patterns' <c>\d</c> matches).
    /// </summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
                return true;
        }
        return false;
    }

    // Counts words up to max + 1, then stops.
    private static int CountWords(ReadOnlySpan<char> text, int max)
    {
        var count = 0;
        var wordHasLetter = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                count += wordHasLetter ? 1 : 0;
                wordHasLetter = false;
                if (count > max)
                    return count;
            }
            else if (!wordHasLetter && char.IsLetterOrDigit(c))
            {
                wordHasLetter = true;
            }
        }
        return count + (wordHasLetter ? 1 : 0);
    }

    /// <summary>
    /// A short list of names, as credit lines hold ("رويترز، أ ف ب", "محمد علي"): not empty, at most
    /// <paramref name="maxWords"/> words, and no sentence punctuation other than the commas that separate names.
    /// </summary>
    public static bool IsShortNameList(string text, int maxWords) =>
        text.Length > 0 && WordCount(text) <= maxWords && !HasSentencePunctuation(text.Replace('،', '+').Replace(',', '+'));

    /// <summary>
    /// Punctuation that belongs to sentences, not to headings, datelines or names. A dot counts only when it
    /// ends a word ("قال. ثم"), not inside an abbreviation like <c>أ.ف.ب</c>.
    /// </summary>
    public static bool HasSentencePunctuation(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '،' or '؟' or '?' or '!' or '؛' or ';' or '"' or '“' or '”' or '…')
                return true;
            if (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '.'))
                return true;
        }
        return false;
    }

    /// <summary>True when most letters are Latin: in an Arabic article such a line is a photo caption or page chrome.</summary>
    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (c < '\u0250')
                latin++;
        }
        return letters > 0 && latin * 10 >= letters * 6;
    }
}
