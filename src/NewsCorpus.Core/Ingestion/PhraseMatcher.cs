using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Where a catalog phrase was found: the words it covers and the proclitic attached to its first word.</summary>
public sealed record PhraseMatch<TKey>(TKey Key, string Phrase, int Start, int Length, string Prefix);

/// <summary>
/// Finds catalog phrases (names, places, forums) in the words of normalized text. Whole words only, so a name is
/// never matched inside another word; the first word may carry an attached Arabic proclitic (<c>لبوتين</c>,
/// <c>وأوباما</c>, <c>بسوريا</c>), and <c>ل</c> before <c>ال</c> may have dropped the alef (<c>للكرملين</c>). With a
/// lexicon of spellings, every word is compared in its one spelling (<c>ميدفديف</c> and <c>ميدفيديف</c> match alike).
/// </summary>
public sealed class PhraseMatcher<TKey>
{
    private readonly Dictionary<string, List<(TKey Key, string Phrase, IReadOnlyList<string> Words)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly WordStems _reading;
    // This matcher's bit among the matchers sharing the reading: the words it may start a phrase at carry it.
    private readonly ulong _matcher;

    /// <param name="phrases">The catalog phrases and what each stands for.</param>
    /// <param name="attachedPrefixes">The proclitics a first word may carry.</param>
    /// <param name="spellings">Whose one spelling of a normalized word to read (spelling variants of names folded); none by default.</param>
    public PhraseMatcher(IEnumerable<(TKey Key, string Phrase)> phrases, IEnumerable<string> attachedPrefixes, SearchLexicon? spellings = null)
        : this(phrases, new WordStems(attachedPrefixes, spellings))
    {
    }

    /// <param name="phrases">The catalog phrases and what each stands for.</param>
    /// <param name="reading">How words are read (proclitics, spelling), shared with other matchers over the same text.</param>
    public PhraseMatcher(IEnumerable<(TKey Key, string Phrase)> phrases, WordStems reading)
    {
        _reading = reading;
        _matcher = reading.NewMatcher();
        foreach (var (key, phrase) in phrases)
        {
            var words = ArticleText.Words(ArabicNormalizer.Normalize(phrase)).Select(reading.Spelling).ToList();
            if (words.Count == 0)
                continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list))
                _byFirstWord[words[0]] = list = [];
            list.Add((key, phrase, words));
            reading.AddFirstWord(words[0], _matcher);
        }
    }

    public IEnumerable<PhraseMatch<TKey>> Find(IReadOnlyList<string> words) => Find(_reading.Of(words));

    /// <summary>The matches in words already read; read again when they were read another way.</summary>
    public IReadOnlyList<PhraseMatch<TKey>> Find(StemmedWords words)
    {
        if (!ReferenceEquals(words.Reading, _reading) || words.Registrations != _reading.Registrations)
            words = _reading.Of(words.Words);
        // Most sentences hold none of a matcher's phrases: their (empty) list is only made for a match.
        List<PhraseMatch<TKey>>? found = null;
        foreach (var (i, matchers) in words.Starts)
        {
            // Another matcher's first word: none of this matcher's phrases begins here.
            if ((matchers & _matcher) == 0)
                continue;
            // The word itself, then the word without each proclitic it may carry.
            AddAt(words, i, words.Spelled[i], "", ref found);
            if (words.WithoutPrefixes(i) is { } stems)
            {
                foreach (var (stem, prefix) in stems)
                    AddAt(words, i, stem, prefix, ref found);
            }
        }
        return found ?? (IReadOnlyList<PhraseMatch<TKey>>)[];
    }

    private void AddAt(StemmedWords words, int i, string stem, string prefix, ref List<PhraseMatch<TKey>>? found)
    {
        if (!_byFirstWord.TryGetValue(stem, out var candidates))
            return;
        foreach (var (key, phrase, phraseWords) in candidates)
        {
            if (FollowsAt(words.Spelled, i, phraseWords))
                (found ??= []).Add(new PhraseMatch<TKey>(key, phrase, i, phraseWords.Count, prefix));
        }
    }

    private static bool FollowsAt(string[] spelled, int start, IReadOnlyList<string> phraseWords)
    {
        if (start + phraseWords.Count > spelled.Length)
            return false;
        for (var k = 1; k < phraseWords.Count; k++)
        {
            if (!string.Equals(spelled[start + k], phraseWords[k], StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
