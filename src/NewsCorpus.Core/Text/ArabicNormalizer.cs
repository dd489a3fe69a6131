using System.Buffers;

namespace NewsCorpus.Core.Text;

/// <summary>
/// Folds Arabic text to one spelling for matching phrases and names (not for display): diacritics and
/// tatweel removed, words broken with dots rejoined (<c>الأمـ.ـن</c> → <c>الامن</c>), alef forms to bare alef,
/// alef maqsura to yeh, teh marbuta to heh, Farsi yeh and keheh to Arabic, Eastern digits to ASCII,
/// Latin lowercased.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text)
    {
        var recent = t_recentFolds ??= new RecentFolds();
        if (recent.Find(text) is { } folded)
            return folded;
        folded = FoldOnce(text);
        recent.Add(text, folded);
        return folded;
    }

    private static string FoldOnce(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = Fold(text, buffer, null);
            // Most Latin and digit-only text folds to itself: no second copy then.
            return text.AsSpan().SequenceEqual(buffer.AsSpan(0, length)) ? text : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the folded form of <paramref name="text"/> into <paramref name="folded"/> (at least as long as the text)
    /// and returns its length; when <paramref name="originalIndex"/> is given, entry <c>i</c> is where folded
    /// character <c>i</c> came from in the text.
    /// </summary>
    internal static int Fold(string text, Span<char> folded, Span<int> originalIndex)
    {
        var length = 0;
        var dots = new WordBreakingDots(text);
        var mapped = !originalIndex.IsEmpty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (dots.At(i) || IsRemovable(c))
                continue;
            if (mapped)
                originalIndex[length] = i;
            folded[length++] = Fold(c);
        }
        return length;
    }

    // The page parser puts each line to a dozen detectors, and each folds it: folding it once per line (remembering a
    // thread's last lines, by reference, since the detectors see the same string) halved the parse's allocations.
    // An article's lines are all read once (inline chrome), then again line by line, then as the article's text: the
    // memory holds a whole article's lines (with eight, most lines were folded three times), and is searched newest
    // first, as most calls ask for the line just folded.
    [ThreadStatic] private static RecentFolds? t_recentFolds;

    private sealed class RecentFolds
    {
        private const int Size = 64;
        private readonly string?[] _texts = new string?[Size];
        private readonly string?[] _folds = new string?[Size];
        private int _next;

        public string? Find(string text)
        {
            for (var back = 1; back <= Size; back++)
            {
                var i = (_next - back + Size) % Size;
                if (ReferenceEquals(_texts[i], text))
                    return _folds[i];
            }
            return null;
        }

        public void Add(string text, string folded)
        {
            _texts[_next] = text;
            _folds[_next] = folded;
            _next = (_next + 1) % Size;
        }
    }

    /// <summary>Marks and joiners that carry no letter: harakat, superscript alef, tatweel, invisible controls.</summary>
    public static bool IsRemovable(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED'
        || TextCleaner.IsInvisibleControl(c);

    /// <summary>Maps one character to its matching form.</summary>
    public static char Fold(char c) => FoldedForms[c];

    // char.ToLowerInvariant asks ICU for every non-ASCII character, and folding ran on every line several times: that
    // call was a large part of parsing. Each character's form is worked out once, by the same rule, and looked up.
    private static readonly char[] FoldedForms = BuildFoldedForms();

    private static char[] BuildFoldedForms()
    {
        var forms = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            forms[c] = FoldByRule((char)c);
        return forms;
    }

    private static char FoldByRule(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673' => 'ا',
        'ى' or 'ی' or 'ې' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// A dot or middle dot inside an Arabic word (letters, maybe tatweel, on both sides with no space) is a
    /// filter-dodging break, not punctuation: "end. Start" keeps its dot because a space follows it. The Arabic
    /// comma is never a break: scraped lists often lose the space after it (<c>سوريا،العراق</c>), and gluing
    /// them would hide both names.
    /// </summary>
    /// <remarks>For one character; to walk a whole text use <see cref="WordBreakingDots"/>, which stays linear.</remarks>
    public static bool IsWordBreakingDot(string text, int index) => new WordBreakingDots(text).At(index);
}
