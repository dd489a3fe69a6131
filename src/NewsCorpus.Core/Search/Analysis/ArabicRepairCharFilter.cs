using System.Text;
using Lucene.Net.Analysis.CharFilters;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Repairs text before tokenizing, keeping offsets into the original so snippets mark what the reader sees:
/// rejoins words broken with dots and tatweel (<c>الأمـ.ـن</c>, <c>مقد.متها</c>) or zero-width characters, drops
/// harakat, superscript alef and Quranic marks, and folds the letters Lucene's Arabic normalizer leaves alone
/// (alef wasla, Farsi yeh and keheh, presentation forms, Arabic-Indic and Persian digits).
/// </summary>
/// <remarks>
/// A custom <see cref="BaseCharFilter"/> rather than a <c>PatternReplaceCharFilter</c>: the dot test needs to look
/// both ways across tatweel, which Lucene.Net's regex char filter gets wrong, and one pass keeps the offset map simple.
/// </remarks>
public sealed class ArabicRepairCharFilter(TextReader input) : BaseCharFilter(input)
{
    private string? _output;
    private int _position;

    public override int Read()
    {
        _output ??= RepairWithOffsets(ReadAll());
        return _position < _output.Length ? _output[_position++] : -1;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        _output ??= RepairWithOffsets(ReadAll());
        if (_position >= _output.Length)
            return -1;
        var n = Math.Min(count, _output.Length - _position);
        _output.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    // A field's value comes in a reader over its string, whose ReadToEnd hands back the string itself: no copy.
    private string ReadAll() => m_input.ReadToEnd() ?? "";

    /// <summary>The repaired text alone, for keys that must match what the analyzer sees (catalog words, query terms).</summary>
    public static string Repair(string text) => Repair(text, null, markBareDots: false);

    private string RepairWithOffsets(string text) => Repair(text, AddOffCorrectMap, markBareDots: true);

    /// <param name="text">The original text.</param>
    /// <param name="shift">Told (output offset, input minus output offset) wherever the two stop lining up.</param>
    /// <param name="markBareDots">Leave <see cref="BrokenWordFilter.Marker"/> for a dot with no tatweel beside it.</param>
    /// <remarks>One pass, each character looked at once (<see cref="WordBreakingDots"/> keeps the dot test linear).</remarks>
    private static string Repair(string text, Action<int, int>? shift, bool markBareDots)
    {
        var dots = new WordBreakingDots(text);
        var first = FirstRepair(text, ref dots);
        // Most texts need nothing repaired: they are analysed as they are, with no copy made.
        if (first == text.Length)
            return text;
        var output = new StringBuilder(text.Length);
        output.Append(text, 0, first);
        var diff = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDropped(c))
            {
                shift?.Invoke(output.Length, ++diff);
                continue;
            }
            // Only dots break words this way; a comma between two words (سوريا،العراق) is a missing space, not a trick.
            if (dots.At(i))
            {
                // With tatweel beside it the dot is surely a trick (الأمـ.ـن). Bare, it may be one (مقد.متها) or a
                // sentence end missing its space (حلب.وقال): the marker lets BrokenWordFilter index both readings.
                var tatweel = text[i - 1] == '\u0640' || text[i + 1] == '\u0640';
                if (markBareDots && !tatweel)
                    output.Append(BrokenWordFilter.Marker);
                else
                    shift?.Invoke(output.Length, ++diff);
                continue;
            }
            if (IsPresentationForm(c))
            {
                diff = AppendDecomposed(c, output, diff, shift);
                continue;
            }
            output.Append(FoldChar(c));
        }
        return output.ToString();
    }

    /// <summary>Where the first character the repair changes or drops is: the text's length when there is none.</summary>
    private static int FirstRepair(string text, ref WordBreakingDots dots)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDropped(c) || dots.At(i) || IsPresentationForm(c) || FoldChar(c) != c)
                return i;
        }
        return text.Length;
    }

    /// <summary>
    /// A presentation form becomes its letters: one for most, a phrase for a ligature (<c>ﷺ</c> is
    /// <c>صلى الله عليه وسلم</c>). Every letter of the expansion points back at the ligature's start and what follows
    /// at its end, as Lucene's MappingCharFilter maps expansions: offsets never run past the original or backwards.
    /// </summary>
    private static int AppendDecomposed(char c, StringBuilder output, int diff, Action<int, int>? shift)
    {
        // The marks some forms stand for (U+FE79 is tatweel and damma) are dropped like the marks written apart.
        var decomposed = string.Concat(c.ToString().Normalize(NormalizationForm.FormKC).Where(letter => !IsDropped(letter)));
        var start = output.Length;
        foreach (var letter in decomposed)
            output.Append(FoldChar(letter));
        for (var k = 1; k < decomposed.Length; k++)
            shift?.Invoke(start + k, diff - k);
        if (decomposed.Length != 1)
            shift?.Invoke(output.Length, diff += 1 - decomposed.Length);
        return diff;
    }

    private static char FoldChar(char c) => c switch
    {
        'ٱ' or '\u0672' or '\u0673' => 'ا',
        'ی' or 'ې' => 'ي',
        'ک' or 'ڪ' => 'ك',
        // Letters borrowed for foreign sounds: ڤ (v), پ (p) and گ (g) are written ف، ب and غ in most Arabic outlets.
        'ڤ' => 'ف',
        'پ' => 'ب',
        'گ' => 'غ',
        'ۀ' or 'ہ' or 'ە' => 'ه',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>Arabic presentation forms (a letter's shape, or a ligature of several letters or words).</summary>
    private static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';

    /// <summary>Harakat, superscript alef, tatweel, Quranic marks and invisible controls: no letter, and they can split words.</summary>
    private static bool IsDropped(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED' || TextCleaner.IsInvisibleControl(c);
}
