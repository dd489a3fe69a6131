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

    private string ReadAll()
    {
        var sb = new StringBuilder();
        var chunk = new char[4096];
        int n;
        while ((n = m_input.Read(chunk, 0, chunk.Length)) > 0)
            sb.Append(chunk, 0, n);
        return sb.ToString();
    }

    /// <summary>The repaired text alone, for keys that must match what the analyzer sees (catalog words, query terms).</summary>
    public static string Repair(string text) => Repair(text, null, markBareDots: false);

    private string RepairWithOffsets(string text) => Repair(text, AddOffCorrectMap, markBareDots: true);

    /// <param name="text">The original text.</param>
    /// <param name="shift">Told (output offset, input minus output offset) wherever the two stop lining up.</param>
    /// <param name="markBareDots">Leave <see cref="BrokenWordFilter.Marker"/> for a dot with no tatweel beside it.</param>
    private static string Repair(string text, Action<int, int>? shift, bool markBareDots)
    {
        var output = new StringBuilder(text.Length);
        var diff = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = Replace(text, i, markBareDots);
            if (replacement.Length == 1)
            {
                output.Append(replacement[0]);
                continue;
            }
            output.Append(replacement);
            diff += 1 - replacement.Length;
            shift?.Invoke(output.Length, diff);
        }
        return output.ToString();
    }

    /// <summary>What the character at <paramref name="i"/> becomes: itself, a folded letter, nothing, or (presentation forms) several letters.</summary>
    private static string Replace(string text, int i, bool markBareDots)
    {
        var c = text[i];
        if (IsDropped(c))
            return "";
        // Only dots break words this way; a comma between two words (سوريا،العراق) is a missing space, not a trick.
        if (c is '.' or '·' or '\u2022' && ArabicNormalizer.IsWordBreakingDot(text, i))
        {
            // With tatweel beside it the dot is surely a trick (الأمـ.ـن). Bare, it may be one (مقد.متها) or a
            // sentence end missing its space (حلب.وقال): the marker lets BrokenWordFilter index both readings.
            var tatweel = text[i - 1] == '\u0640' || text[i + 1] == '\u0640';
            return markBareDots && !tatweel ? BrokenWordFilter.Marker.ToString() : "";
        }
        if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC')
            return c.ToString().Normalize(NormalizationForm.FormKC) is { Length: > 0 } decomposed ? Fold(decomposed) : "";
        return Fold(c.ToString());
    }

    private static string Fold(string s) => s.Length == 1 ? FoldChar(s[0]).ToString() : string.Concat(s.Select(FoldChar));

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

    /// <summary>Harakat, superscript alef, tatweel, Quranic marks and invisible controls: no letter, and they can split words.</summary>
    private static bool IsDropped(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED' || TextCleaner.IsInvisibleControl(c);
}
