using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Text;

/// <summary>
/// Cleans decoded text for parsing and indexing (the original is kept apart for display):
/// one line-ending style, NFC, presentation forms folded to base letters, invisible
/// zero-width and bidi controls removed, every kind of space a plain space, runs of spaces collapsed.
/// </summary>
public static partial class TextCleaner
{
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (IsInvisibleControl(c))
                continue;
            if (IsPresentationForm(c))
            {
                // Compatibility decomposition maps e.g. U+FEFB (lam-alef ligature) to its letters.
                sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                continue;
            }
            sb.Append(Whitespace(c));
        }
        var nfc = sb.ToString().Normalize(NormalizationForm.FormC);
        return TrailingSpaces().Replace(SpaceRuns().Replace(nfc, " "), "");
    }

    /// <summary>
    /// Every Unicode space becomes a plain space (so runs of them collapse) and every line or page separator a line
    /// break: the parser's patterns allow spaces with <c>\s*</c>, and a long run of em spaces after a month name made
    /// the date patterns backtrack for minutes (issue 11).
    /// </summary>
    private static char Whitespace(char c) => c switch
    {
        '\n' or ' ' => c,
        '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' => '\n',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    /// <summary>Zero-width and bidi control characters: invisible, and they split words for search.</summary>
    public static bool IsInvisibleControl(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' or '\u2060' or '\u00AD';

    private static bool IsPresentationForm(char c) =>
        c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';

    [GeneratedRegex(" {2,}")]
    private static partial Regex SpaceRuns();

    [GeneratedRegex(@"(?m)^ +| +$")]
    private static partial Regex TrailingSpaces();
}
