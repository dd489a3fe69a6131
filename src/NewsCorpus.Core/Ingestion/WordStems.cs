using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// How <see cref="PhraseMatcher{TKey}"/> reads a word: in its one spelling, and without each Arabic proclitic it may
/// carry (<c>لبوتين</c> → <c>بوتين</c>; <c>للكرملين</c> → <c>الكرملين</c>). Matchers that share one of these share
/// the reading of a sentence (<see cref="StemmedWords"/>): the summit classifier runs eleven matchers over every
/// sentence, and reading each word again for each of them was most of its time.
/// </summary>
public sealed class WordStems
{
    // Words longer than this are read without the stack (no catalog phrase has one).
    private const int MaxStackWord = 128;
    // The proclitics by their first letter, each group longest first: most words begin with a letter no proclitic
    // begins with (every word with the article), and were compared with all of them.
    private readonly Dictionary<char, string[]> _prefixesByFirstLetter;
    private readonly SearchLexicon? _spellings;
    // The first words of every phrase of the matchers sharing this reading, each with the matchers whose phrases it
    // begins (a bit each, NewMatcher): a sentence's word that reads as none of them is skipped by all eleven summit
    // matchers at once, and one that does is looked up only by the matchers it may start a phrase of.
    private readonly Dictionary<string, ulong> _firstWords = new(StringComparer.Ordinal);
    private int _matchers;
    private int _registrations;
    // The variants and first words, each with its reading (KnownWords); made again when more first words are registered.
    private KnownWords? _known;

    /// <param name="attachedPrefixes">The proclitics a first word may carry.</param>
    /// <param name="spellings">Whose one spelling of a normalized word to read (<see cref="SearchLexicon.SpellingOf"/>); none by default.</param>
    public WordStems(IEnumerable<string> attachedPrefixes, SearchLexicon? spellings = null)
    {
        _spellings = spellings;
        // Longest first, so a word's readings come in the same order whichever matcher asks.
        _prefixesByFirstLetter = attachedPrefixes.Select(ArabicNormalizer.Normalize).Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public string Spelling(string word) => _spellings?.SpellingOf(word) ?? word;

    public StemmedWords Of(IReadOnlyList<string> words) => new(this, words);

    /// <summary>How many times matchers changed the first words; words read before the last change are read again.</summary>
    internal int Registrations => _registrations;

    /// <summary>
    /// A new matcher's bit in the masks words are read with (<see cref="Read"/>). Past 64 matchers they share the last
    /// bit, which only makes them look at more words.
    /// </summary>
    internal ulong NewMatcher() => 1UL << Math.Min(_matchers++, 63);

    /// <summary>Registers a matcher's phrase's first word (in its one spelling); matchers do this when they are built.</summary>
    internal void AddFirstWord(string word, ulong matcher)
    {
        if (_firstWords.TryGetValue(word, out var before) && (before | matcher) == before)
            return;
        _firstWords[word] = before | matcher;
        _registrations++;
    }

    internal bool IsFirstWord(string stem) => _firstWords.ContainsKey(stem);

    /// <summary>
    /// The one spelling of <paramref name="word"/> and the matchers that spelling begins a phrase of (none: 0), in one
    /// lookup: most words are neither a variant nor a first word, and asking the spellings and then the first words
    /// was two lookups of every word of every text.
    /// </summary>
    internal (string Spelled, ulong Matchers) Read(string word) =>
        Known().Table.TryGetValue(word, out var known) ? known : (word, 0);

    /// <summary>The table <see cref="Read"/> asks, made once the matchers have registered their first words.</summary>
    private KnownWords Known()
    {
        var known = Volatile.Read(ref _known);
        if (known is not null && known.Registrations == _registrations)
            return known;
        var table = new Dictionary<string, (string Spelled, ulong Matchers)>(StringComparer.Ordinal);
        foreach (var (variant, canonical) in _spellings?.Variants ?? new Dictionary<string, string>())
            table[variant] = (canonical, _firstWords.GetValueOrDefault(canonical));
        foreach (var (first, matchers) in _firstWords)
            table.TryAdd(first, (first, matchers));
        known = new KnownWords(_registrations, table);
        Volatile.Write(ref _known, known);
        return known;
    }

    /// <summary>
    /// The words that read as something other than themselves and no first word: each variant with its one spelling
    /// (and the matchers that begins a phrase of), and each first word that is no variant. Built for the first words
    /// registered at the time (<paramref name="Registrations"/>).
    /// </summary>
    private sealed record KnownWords(int Registrations, Dictionary<string, (string Spelled, ulong Matchers)> Table)
    {
        public Dictionary<string, (string Spelled, ulong Matchers)>.AlternateLookup<ReadOnlySpan<char>> OfSpan { get; } =
            Table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Each reading of <paramref name="word"/> without a proclitic, with the proclitic, in order.</summary>
    internal List<(string Stem, string Prefix)>? WithoutPrefixes(string word)
    {
        if (!ArabicScript.IsArabicLetter(word[0]))
            return null;
        List<(string Stem, string Prefix)>? stems = null;
        foreach (var prefix in PrefixesOf(word))
        {
            if (!HasProclitic(word, prefix))
                continue;
            var rest = word[prefix.Length..];
            (stems ??= []).Add((Spelling(rest), prefix));
            if (prefix[^1] == 'ل' && rest[0] == 'ل')
                stems.Add((Spelling("ا" + rest), prefix));
        }
        return stems;
    }

    /// <summary>The matchers one of the readings <see cref="WithoutPrefixes"/> gives begins a phrase of; reads the word in place.</summary>
    internal ulong MatchersWithoutPrefix(string word)
    {
        if (!ArabicScript.IsArabicLetter(word[0]))
            return 0;
        var prefixes = PrefixesOf(word);
        if (prefixes.Length == 0)
            return 0;
        var matchers = 0UL;
        Span<char> withAlef = word.Length <= MaxStackWord ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        foreach (var prefix in prefixes)
        {
            if (!HasProclitic(word, prefix))
                continue;
            var rest = word.AsSpan(prefix.Length);
            matchers |= MatchersOf(rest);
            if (prefix[^1] == 'ل' && rest[0] == 'ل')
            {
                withAlef[0] = 'ا';
                rest.CopyTo(withAlef[1..]);
                matchers |= MatchersOf(withAlef[..(rest.Length + 1)]);
            }
        }
        return matchers;
    }

    private string[] PrefixesOf(string word) => _prefixesByFirstLetter.GetValueOrDefault(word[0], []);

    // At least two letters must remain: a proclitic on a one-letter "name" is just another word.
    private static bool HasProclitic(string word, string prefix) =>
        word.Length >= prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal);

    private ulong MatchersOf(ReadOnlySpan<char> word) => Known().OfSpan.TryGetValue(word, out var known) ? known.Matchers : 0;
}

/// <summary>The words of one text as <see cref="WordStems"/> reads them, worked out once for every matcher sharing it.</summary>
public sealed class StemmedWords
{
    private readonly List<(string Stem, string Prefix)>?[] _withoutPrefixes;

    private StemmedWords(WordStems reading, IReadOnlyList<string> words, string[] spelled,
        List<(string Stem, string Prefix)>?[] withoutPrefixes, (int Index, ulong Matchers)[] starts, int registrations)
    {
        Reading = reading;
        Words = words;
        Spelled = spelled;
        _withoutPrefixes = withoutPrefixes;
        Starts = starts;
        Registrations = registrations;
    }

    internal StemmedWords(WordStems reading, IReadOnlyList<string> words)
    {
        Reading = reading;
        Words = words;
        Spelled = new string[words.Count];
        _withoutPrefixes = new List<(string Stem, string Prefix)>?[words.Count];
        Registrations = reading.Registrations;
        List<(int Index, ulong Matchers)>? starts = null;
        for (var i = 0; i < words.Count; i++)
        {
            (Spelled[i], var matchers) = reading.Read(words[i]);
            matchers |= reading.MatchersWithoutPrefix(words[i]);
            // Most words begin no phrase: their readings without a proclitic are only cut out for one that may.
            if (matchers != 0)
            {
                (starts ??= []).Add((i, matchers));
                _withoutPrefixes[i] = reading.WithoutPrefixes(words[i]);
            }
        }
        Starts = starts is null ? [] : [.. starts];
    }

    /// <summary>
    /// Words <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> as read here, without
    /// reading them again (a sentence of a unit read whole); no phrase found in the slice runs past its end.
    /// </summary>
    internal StemmedWords Slice(int start, int count)
    {
        var words = Slice(Words, start, count);
        var starts = new List<(int Index, ulong Matchers)>();
        foreach (var (index, matchers) in Starts)
        {
            if (index >= start && index < start + count)
                starts.Add((index - start, matchers));
        }
        return new StemmedWords(Reading, words, Spelled[start..(start + count)], _withoutPrefixes[start..(start + count)], [.. starts], Registrations);
    }

    /// <summary>Words <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> of a text's words, in place when they are an array.</summary>
    internal static IReadOnlyList<string> Slice(IReadOnlyList<string> words, int start, int count) =>
        words is string[] array ? new ArraySegment<string>(array, start, count) : words.Skip(start).Take(count).ToArray();

    /// <summary>The registrations of first words these words were read after (<see cref="WordStems.Registrations"/>).</summary>
    internal int Registrations { get; }

    /// <summary>
    /// The words, in order, of which some reading begins a phrase of a matcher sharing the reading, each with those
    /// matchers (<see cref="WordStems.NewMatcher"/>): the only places a matcher looks (a sentence has a few among its
    /// twenty words, and eleven matchers read each sentence).
    /// </summary>
    internal (int Index, ulong Matchers)[] Starts { get; }

    public WordStems Reading { get; }
    public IReadOnlyList<string> Words { get; }
    /// <summary>Each word in its one spelling.</summary>
    internal string[] Spelled { get; }

    /// <summary>
    /// The readings of word <paramref name="index"/> without a proclitic, or null when it has none — or when it is
    /// not one of the <see cref="Starts"/>, where no matcher asks.
    /// </summary>
    internal List<(string Stem, string Prefix)>? WithoutPrefixes(int index) => _withoutPrefixes[index];
}
