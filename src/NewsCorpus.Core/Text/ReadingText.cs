using System.Text;

namespace NewsCorpus.Core.Text;

/// <summary>
/// Text as a reader should see it: words broken to dodge filters are joined again (<c>الأمـ.ـن</c> reads
/// <c>الأمن</c>; tatweel and zero-width characters go), while everything else the writer put there stays — harakat,
/// digits, letter forms, and a bare dot that may be a sentence end missing its space. Unlike the analyzer's repair,
/// this folds nothing: it is for display, the original is kept apart.
/// </summary>
public static class ReadingText
{
    public static string Repair(string text)
    {
        StringBuilder? output = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var dropped = c == '\u0640' || TextCleaner.IsInvisibleControl(c)
                || (c is '.' or '·' or '\u2022' && TatweelBeside(text, i) && ArabicNormalizer.IsWordBreakingDot(text, i));
            if (dropped)
                output ??= new StringBuilder(text, 0, i, text.Length);
            else
                output?.Append(c);
        }
        return output?.ToString() ?? text;
    }

    private static bool TatweelBeside(string text, int i) =>
        (i > 0 && text[i - 1] == '\u0640') || (i + 1 < text.Length && text[i + 1] == '\u0640');
}
