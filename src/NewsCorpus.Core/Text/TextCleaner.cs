using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Text;

/// <summary>
/// Cleans decoded text for parsing and indexing (the original is kept apart for display):
/// HTML character references decoded (<see cref="HtmlEntities"/>), one line-ending style, control characters
/// used as paragraph marks turned into line breaks, NFC, presentation forms folded to base letters, invisible
/// zero-width and bidi controls removed, every kind of space a plain space, runs of spaces collapsed.
/// </summary>
public static partial class TextCleaner
{
    public static string Clean(string text) => CleanDecoded(HtmlEntities.Decode(text));

    /// <summary>
    /// The same cleaning for text whose character references are already decoded (what an HTML page shows): decoding
    /// it again would turn a page's <c>&amp;amp;lt;</c>, shown as <c>&amp;lt;</c>, into <c>&lt;</c>.
    /// </summary>
    public static string CleanDecoded(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (IsParagraphMark(c))
            {
                sb.Append('\n');
                continue;
            }
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

    /// <summary>
    /// Control characters old editors and converters used to separate paragraphs: SUB (<c>\x1a</c>, DOS end of
    /// text), form feed, vertical tab, the file/group/record/unit separators, NEL and the Unicode line and
    /// paragraph separators. A file with them is text; each is a line break.
    /// </summary>
    public static bool IsParagraphMark(char c) =>
        c is '\x1a' or '\f' or '\v' or >= '\x1c' and <= '\x1f' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsPresentationForm(char c) =>
        c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';

    [GeneratedRegex(" {2,}")]
    private static partial Regex SpaceRuns();

    [GeneratedRegex(@"(?m)^ +| +$")]
    private static partial Regex TrailingSpaces();
}
