using System.Diagnostics;
using Lucene.Net.Analysis.Ar;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Searches the index's own frequent words in every kind of search a page makes — a word, two words, a phrase, a
/// prefix, a word in a year, a misspelling — and a rare word and its prefix (a query found in a few articles is
/// walked by other code, <see cref="SegmentCollection"/>) for a few seconds after the site starts, so the JIT has
/// compiled the search's hot code at its final tier before people search. Unwarmed, a word in 70,000 of 100,000
/// articles took 60–100 ms a page for the site's first 6–8 seconds, against 13–22 ms after. The warm-up stops at the
/// first search someone else makes (the site also stops it at the first request): from then on their searches warm
/// the code, and it would only take their cores. A small index is searched fast enough unwarmed, so nothing runs there.
/// </summary>
public static class SearchWarmUp
{
    /// <summary>Below this many articles nothing is run.</summary>
    public const int MinArticles = 20_000;

    /// <summary>Rounds (six searches, eight with a rare word) after which the code has reached its last tier (about 40 at 100k).</summary>
    private const int MaxRounds = 60;

    // A word shorter than this is more likely a particle or a piece than a word people search for.
    private const int MinWordLength = 4;
    private const int Candidates = 20;

    /// <summary>A rare word is in at least two and at most this many articles of the largest segment.</summary>
    private const int MaxRareFrequency = 20;

    /// <summary>
    /// Runs the warm-up until <paramref name="budget"/> is spent, <see cref="MaxRounds"/> are done, another search
    /// runs in the process or <paramref name="cancellation"/> is set.
    /// </summary>
    /// <returns>How many searches were run (0 when the index is too small or holds no frequent word).</returns>
    public static int Run(ArticleSearcher searcher, SearchIndex index, TimeSpan budget, CancellationToken cancellation, int minArticles = MinArticles)
    {
        if (budget <= TimeSpan.Zero || index.DocumentCount < minArticles)
            return 0;
        var clock = Stopwatch.StartNew();
        var chosen = ChooseWords(index, cancellation);
        var words = chosen.Frequent.Where(w => Finds(searcher, w)).Take(2).ToList();
        if (words.Count < 2)
            return 0;
        var requests = Requests(searcher, words[0], words[1], chosen.Rare);
        var runs = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            foreach (var request in requests)
            {
                // Between two of the warm-up's own searches, any search running is someone else's.
                if (SlicedSearch.Running > 0 || clock.Elapsed >= budget || cancellation.IsCancellationRequested)
                    return runs;
                searcher.Search(request);
                runs++;
            }
        }
        return runs;
    }

    /// <summary>The searches of one round, made from two frequent words and a rare one (none when the index has none).</summary>
    internal static IReadOnlyList<SearchRequest> Requests(ArticleSearcher searcher, string first, string second, string? rare)
    {
        var years = searcher.Search(new SearchRequest { Query = first, Limit = 1 }).Facets.GetValueOrDefault(IndexFields.Year);
        var year = years is { Count: > 0 } ? years[0].Value : null;
        IEnumerable<SearchRequest> selective = rare is null ? [] : [new() { Query = rare }, new() { Query = rare + "*" }];
        return
        [
            new() { Query = first },
            new() { Query = $"{first} {second}" },
            new() { Query = $"\"{first} {second}\"" },
            new() { Query = first[..3] + "*" },
            new() { Query = first, Year = int.TryParse(year, out var y) ? y : null },
            // One letter changed: no hits, so the page asks for a spelling suggestion.
            new() { Query = first[..^1] + (first[^1] == 'ن' ? 'ت' : 'ن') },
            .. selective,
        ];
    }

    /// <summary>The words a warm-up searches: the most frequent, most frequent first, and a rare one.</summary>
    internal sealed record Words(IReadOnlyList<string> Frequent, string? Rare)
    {
        public static readonly Words None = new([], null);
    }

    /// <summary>
    /// The whole words (the surface field) in most articles of the largest segment, most frequent first, and the first
    /// (in term order) in two to <see cref="MaxRareFrequency"/> of them: Arabic letters only, not stop words, at least
    /// <see cref="MinWordLength"/> letters. One segment's terms, not the whole index's merged, so choosing costs one
    /// walk of one dictionary (31–47 ms at 100k articles, whose largest segment holds 18,000); the walk stops, with
    /// no words, when <paramref name="cancellation"/> is set.
    /// </summary>
    internal static Words ChooseWords(SearchIndex index, CancellationToken cancellation = default) => index.Use(searcher =>
    {
        var largest = searcher.IndexReader.Leaves.MaxBy(l => l.AtomicReader.MaxDoc)?.AtomicReader;
        var terms = largest?.GetTerms(IndexFields.Surface)?.GetEnumerator();
        var best = new PriorityQueue<string, int>();
        string? rare = null;
        if (terms is null)
            return Words.None;
        for (var walked = 0; terms.MoveNext(); walked++)
        {
            if (walked % 4096 == 0 && cancellation.IsCancellationRequested)
                return Words.None;
            if (rare is null && terms.DocFreq is >= 2 and <= MaxRareFrequency && AsSearchWord(terms.Term.Utf8ToString()) is { } found)
                rare = found;
            // Most words are rarer than the candidates kept: they are passed over before being read as text.
            if (best.Count == Candidates && best.TryPeek(out _, out var weakest) && terms.DocFreq <= weakest)
                continue;
            if (AsSearchWord(terms.Term.Utf8ToString()) is not { } word)
                continue;
            best.Enqueue(word, terms.DocFreq);
            if (best.Count > Candidates)
                best.Dequeue();
        }
        var words = new List<string>();
        while (best.TryDequeue(out var word, out _))
            words.Add(word);
        words.Reverse();
        return new Words(words, rare);
    });

    /// <summary>The term when it is a word people search for, else null.</summary>
    private static string? AsSearchWord(string term) =>
        term.Length < MinWordLength || !term.All(ArabicScript.IsArabicLetter) || ArabicAnalyzer.DefaultStopSet.Contains(term) ? null : term;

    private static bool Finds(ArticleSearcher searcher, string word) =>
        searcher.Search(new SearchRequest { Query = word, Limit = 1, AsList = true }).Total > 0;
}
