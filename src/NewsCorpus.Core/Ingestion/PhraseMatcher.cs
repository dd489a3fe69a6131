using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Where a catalog phrase was found: the words it covers and the proclitic attached to its first word.</summary>
public sealed record PhraseMatch<TKey>(TKey Key, string Phrase, int Start, int Length, string Prefix);

/// <summary>
/// Finds catalog phrases (names, places, forums) in the words of normalized text. Whole words only, so a name is
/// never matched inside another word; the first word may carry an attached Arabic proclitic (<c>لبوتين</c>,
/// <c>وأوباما</c>, <c>بسوريا</c>), and <c>ل</c> before <c>ال</c> may have dropped the alef (<c>للكرملين</c>). With a
/// spelling function, every word is compared in its one spelling (<c>ميدفديف</c> and <c>ميدفيديف</c> match alike).
/// </summary>
public sealed class PhraseMatcher<TKey>
{
    private readonly Dictionary<string, List<(TKey Key, string Phrase, IReadOnlyList<string> Words)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _prefixes;
    private readonly Func<string, string> _spelling;

    /// <param name="phrases">The catalog phrases and what each stands for.</param>
    /// <param name="attachedPrefixes">The proclitics a first word may carry.</param>
    /// <param name="spelling">The one spelling of a normalized word (spelling variants of names folded); none by default.</param>
    public PhraseMatcher(IEnumerable<(TKey Key, string Phrase)> phrases, IEnumerable<string> attachedPrefixes, Func<string, string>? spelling = null)
    {
        _spelling = spelling ?? (word => word);
        _prefixes = attachedPrefixes.Select(ArabicNormalizer.Normalize).Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToList();
        foreach (var (key, phrase) in phrases)
        {
            var words = ArticleText.Words(ArabicNormalizer.Normalize(phrase)).Select(_spelling).ToList();
            if (words.Count == 0)
                continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list))
                _byFirstWord[words[0]] = list = [];
            list.Add((key, phrase, words));
        }
    }

    public IEnumerable<PhraseMatch<TKey>> Find(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (stem, prefix) in Stems(words[i]))
            {
                if (!_byFirstWord.TryGetValue(stem, out var candidates))
                    continue;
                foreach (var (key, phrase, phraseWords) in candidates)
                {
                    if (FollowsAt(words, i, phraseWords))
                        yield return new PhraseMatch<TKey>(key, phrase, i, phraseWords.Count, prefix);
                }
            }
        }
    }

    private bool FollowsAt(IReadOnlyList<string> words, int start, IReadOnlyList<string> phraseWords)
    {
        if (start + phraseWords.Count > words.Count)
            return false;
        for (var k = 1; k < phraseWords.Count; k++)
        {
            if (!string.Equals(_spelling(words[start + k]), phraseWords[k], StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>The word itself, then the word without each proclitic it may carry.</summary>
    private IEnumerable<(string Stem, string Prefix)> Stems(string word)
    {
        yield return (_spelling(word), "");
        if (!ArabicScript.IsArabicLetter(word[0]))
            yield break;
        foreach (var prefix in _prefixes)
        {
            // At least two letters must remain: a proclitic on a one-letter "name" is just another word.
            if (word.Length < prefix.Length + 2 || !word.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var rest = word[prefix.Length..];
            yield return (_spelling(rest), prefix);
            if (prefix[^1] == 'ل' && rest[0] == 'ل')
                yield return (_spelling("ا" + rest), prefix);
        }
    }
}
