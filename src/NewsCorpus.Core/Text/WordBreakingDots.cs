namespace NewsCorpus.Core.Text;

/// <summary>
/// Answers <see cref="ArabicNormalizer.IsWordBreakingDot"/> for the characters of one text in order, in linear time.
/// A dot's verdict depends on what stands beyond its whole run of dots and tatweel, so asking it dot by dot rescans
/// the run each time (quadratic in a run of dots: issue 11). Here each run is scanned once and its verdict kept for
/// every dot in it. Ask for increasing indexes.
/// </summary>
public struct WordBreakingDots(string text)
{
    private int _runStart = -1;
    private int _runEnd = -1;
    private char _runDot;
    private bool _breaks;

    /// <summary>True when the character at <paramref name="index"/> is a dot that breaks an Arabic word.</summary>
    public bool At(int index)
    {
        var c = text[index];
        if (!IsDot(c))
            return false;
        if (c != _runDot || index < _runStart || index >= _runEnd)
            ScanRun(index);
        return _breaks;
    }

    public static bool IsDot(char c) => c is '.' or '·' or '\u2022';

    private void ScanRun(int index)
    {
        var dot = text[index];
        var start = index;
        while (start > 0 && InRun(text[start - 1], dot))
            start--;
        var end = index + 1;
        while (end < text.Length && InRun(text[end], dot))
            end++;
        (_runStart, _runEnd, _runDot) = (start, end, dot);
        _breaks = start > 0 && end < text.Length
            && ArabicScript.IsArabicLetter(text[start - 1]) && ArabicScript.IsArabicLetter(text[end]);
    }

    // A run is one dot character, repeated, with tatweel anywhere in it: "ـ.ـ" and "..." but not ".·".
    private static bool InRun(char c, char dot) => c == '\u0640' || c == dot;
}
