using System.Buffers;
using System.Text;

namespace NewsCorpus.Core.Text;

/// <summary>
/// Cleans decoded text for parsing and indexing (the original is kept apart for display):
/// HTML character references decoded (<see cref="HtmlEntities"/>), one line-ending style, control characters
/// used as paragraph marks turned into line breaks, NFC, presentation forms folded to base letters, invisible
/// zero-width and bidi controls removed, every kind of space a plain space, runs of spaces collapsed.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text) => CleanDecoded(HtmlEntities.Decode(text));

    /// <summary>
    /// The same cleaning for text whose character references are already decoded (what an HTML page shows): decoding
    /// it again would turn a page's <c>&amp;amp;lt;</c>, shown as <c>&amp;lt;</c>, into <c>&lt;</c>.
    /// </summary>
    public static string CleanDecoded(string text)
    {
        var marked = WithMarksReplaced(text);
        var nfc = MayChangeUnderNfc(marked) ? marked.Normalize(NormalizationForm.FormC) : marked;
        return WithSpacesTidied(nfc);
    }

    /// <summary>
    /// One line-ending style, paragraph marks as line breaks, invisible controls dropped, presentation forms as their
    /// letters, every space a plain space. A text without any of these is returned as it is after one vectorized look,
    /// and one with some is copied in runs between them (an import cleans every file: building the copy character by
    /// character, then running two patterns over it, was most of this step).
    /// </summary>
    private static string WithMarksReplaced(string text)
    {
        var i = text.AsSpan().IndexOfAny(Marks);
        if (i < 0)
            return text;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.AsSpan(0, i).CopyTo(buffer);
            var length = i;
            while (i < text.Length)
            {
                var c = text[i++];
                if (c == '\r')
                {
                    // "\r\n" and a lone "\r" are both one line break.
                    buffer[length++] = '\n';
                    if (i < text.Length && text[i] == '\n')
                        i++;
                }
                else if (IsParagraphMark(c))
                    buffer[length++] = '\n';
                else if (IsPresentationForm(c))
                {
                    // Compatibility decomposition maps e.g. U+FEFB (lam-alef ligature) to its letters: the one
                    // text may grow.
                    var letters = c.ToString().Normalize(NormalizationForm.FormKC);
                    buffer = Grown(buffer, length, length + letters.Length + text.Length - i);
                    letters.CopyTo(buffer.AsSpan(length));
                    length += letters.Length;
                }
                else if (!IsInvisibleControl(c))
                    buffer[length++] = Whitespace(c);
                var run = CopyRun(text, i, text.AsSpan(i).IndexOfAny(Marks), buffer, length);
                (length, i) = (length + run, i + run);
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // A pooled buffer of at least needed characters holding the buffer's first length ones; the buffer goes back to the
    // pool when replaced.
    private static char[] Grown(char[] buffer, int length, int needed)
    {
        if (needed <= buffer.Length)
            return buffer;
        var grown = ArrayPool<char>.Shared.Rent(needed);
        buffer.AsSpan(0, length).CopyTo(grown);
        ArrayPool<char>.Shared.Return(buffer);
        return grown;
    }

    // Every character WithMarksReplaced changes: a carriage return, the paragraph marks, the invisible controls, the
    // presentation forms and every white space but the plain space and the line break.
    private static readonly SearchValues<char> Marks = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => c == '\r' || IsParagraphMark(c) || IsInvisibleControl(c) || IsPresentationForm(c) || Whitespace(c) != c)
            .ToArray());

    /// <summary>
    /// False when NFC leaves <paramref name="text"/> as it is, decided without ICU: every character is a starter that
    /// no composition takes as its second part and that NFC keeps (Latin up to U+02FF, the Arabic block without its
    /// combining marks, general punctuation), checked against the Unicode data for each. Asking ICU scanned every
    /// text again; Arabic with harakat, or any other script, still goes to it.
    /// </summary>
    internal static bool MayChangeUnderNfc(string text) => text.AsSpan().IndexOfAnyExcept(NfcInert) >= 0;

    private static readonly SearchValues<char> NfcInert = SearchValues.Create(
        Enumerable.Range(0, 0x300)
            .Concat(Enumerable.Range(0x0600, 0x100).Where(c => !IsArabicCombiningMark((char)c)))
            .Concat(Enumerable.Range(0x2010, 0x2027 - 0x2010 + 1))
            .Concat(Enumerable.Range(0x2030, 0x205E - 0x2030 + 1))
            .Select(c => (char)c).ToArray());

    private static bool IsArabicCombiningMark(char c) =>
        c is >= '\u0610' and <= '\u061A' or >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06DC'
            or >= '\u06DF' and <= '\u06E4' or '\u06E7' or '\u06E8' or >= '\u06EA' and <= '\u06ED';

    /// <summary>
    /// Runs of spaces as one space, and no space at the start or end of a line: what the two patterns this replaced
    /// did one after the other (<c>" {2,}"</c>, then <c>"(?m)^ +| +$"</c>), in one pass, and none when the text has
    /// no run and no line starting or ending with a space.
    /// </summary>
    private static string WithSpacesTidied(string text)
    {
        if (!NeedsTidying(text))
            return text;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var i = 0;
            while (i < text.Length)
            {
                var run = CopyRun(text, i, text.AsSpan(i).IndexOf(' '), buffer, length);
                (length, i) = (length + run, i + run);
                if (i == text.Length)
                    break;
                var end = i;
                while (end < text.Length && text[end] == ' ')
                    end++;
                var atLineStart = i == 0 || text[i - 1] == '\n';
                var atLineEnd = end == text.Length || text[end] == '\n';
                if (!atLineStart && !atLineEnd)
                    buffer[length++] = ' ';
                i = end;
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Copies the text from i up to what a search from i found (to its end when nothing) into the buffer at length.
    private static int CopyRun(string text, int i, int found, char[] buffer, int length)
    {
        var run = found < 0 ? text.Length - i : found;
        text.AsSpan(i, run).CopyTo(buffer.AsSpan(length));
        return run;
    }

    private static bool NeedsTidying(string text) =>
        text.Length > 0 && (text[0] == ' ' || text[^1] == ' '
            || text.Contains("  ", StringComparison.Ordinal) || text.Contains(" \n", StringComparison.Ordinal) || text.Contains("\n ", StringComparison.Ordinal));

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

}
