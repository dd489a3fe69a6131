using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NewsCorpus.Core;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Benchmarks.PageProfile;

/// <summary>
/// `page-profile --data-dir DIR [--ids a,b,c] [--summit ID] [--month YYYY-MM] [--rounds N]`: opens a built store
/// read-only (beside a running site) and prints the p50 milliseconds of what the overview and article pages ask the
/// library for, and of each step of the article page's more-like-this, so a slow page says where its time goes
/// without the web server's noise. Without --ids, the first articles of the latest imported are used.
/// </summary>
internal static class PageProfileBenchmark
{
    public static int Run(string[] args)
    {
        var dataDir = Option(args, "--data-dir") ?? throw new ArgumentException("page-profile needs --data-dir DIR");
        var rounds = int.Parse(Option(args, "--rounds") ?? "15", CultureInfo.InvariantCulture);
        using var corpus = Corpus.OpenForReading(new NewsCorpusOptions { DataDir = dataDir, CatalogDir = Path.Combine(RepoRoot.Find(), "data") });
        var ids = Option(args, "--ids")?.Split(',') ?? [.. corpus.Store.LatestImported(10).Select(a => a.Id)];
        var summit = Option(args, "--summit") ?? corpus.Store.CountBySummit().OrderByDescending(c => c.Count).First().Value;
        var month = DateOnly.ParseExact((Option(args, "--month") ?? "2015-09") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Console.WriteLine($"page-profile: {corpus.Store.Count():N0} articles, {ids.Length} articles x {rounds} rounds, p50 ms; load average {LoadAverage()}");

        Print("home: Count", rounds, () => corpus.Store.Count());
        Print("home: CountBySummit", rounds, () => corpus.Store.CountBySummit());
        Print("home: CountByMonth", rounds, () => corpus.Store.CountByMonth());
        Print("home: LatestImported(8)", rounds, () => corpus.Store.LatestImported(8));
        Print($"summit {summit} page 1 (list)", rounds, () => corpus.Searcher.Search(new SearchRequest { Summit = summit, Sort = SearchSort.Date, Limit = 100, AsList = true }));
        Print($"summit {summit} top 1 (list)", rounds, () => corpus.Searcher.Search(new SearchRequest { Summit = summit, Sort = SearchSort.Date, Limit = 1, AsList = true }));
        Print($"summit {summit} top 100 by relevance (list)", rounds, () => corpus.Searcher.Search(new SearchRequest { Summit = summit, Limit = 100, AsList = true }));
        Print($"month {month:yyyy-MM} page 1 (list)", rounds, () => corpus.Searcher.Search(new SearchRequest
        {
            From = month, To = month.AddMonths(1).AddDays(-1), Sort = SearchSort.Date, Limit = 100, AsList = true,
        }));
        corpus.Index.Use(searcher =>
        {
            var byDate = new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64, true));
            var query = new TermQuery(new Term(IndexFields.Summit, summit));
            TopDocs top = null!;
            Print("  summit: top 101 by date, bare", rounds, () => top = searcher.Search(query, 101, byDate));
            Console.WriteLine($"  ({top.TotalHits} hits)");
            var fields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Id, IndexFields.File, IndexFields.Title, IndexFields.Date, IndexFields.Summit, IndexFields.SourceName };
            Print("  summit: top 101 by date, TopHitsCollector", rounds, () => searcher.Search(query, new TopHitsCollector(101, byDate: true)));
            Print("  summit: filtered match-all top 101 by date", rounds, () => searcher.Search(new FilteredQuery(new MatchAllDocsQuery(), new QueryWrapperFilter(query)), 101, byDate));
            Print("  summit: stored fields of 100 hits", rounds, () => { foreach (var sd in top.ScoreDocs) searcher.Doc(sd.Doc, fields); });
            var lines = new HitReader(new SnippetBuilder(corpus.Analyzer), corpus.Texts);
            Print("  summit: list lines of 100 hits (doc values)", rounds, () => lines.Read(searcher, top.ScoreDocs, new HashSet<Term>(), asList: true));
            return 0;
        });
        Print("article: Store.Get", rounds, () => { foreach (var id in ids) corpus.Store.Get(id); }, ids.Length);
        Print("article: MoreLikeThis(5, list)", rounds, () => { foreach (var id in ids) corpus.Searcher.MoreLikeThis(id, 5, asList: true); }, ids.Length);
        // Whether the related lists still make sense: each article's summit and title beside its five related ones'.
        foreach (var id in ids.Take(3))
        {
            var own = corpus.Store.Get(id)!;
            Console.WriteLine($"  related to {id} [{own.SummitId}] {own.Title}");
            foreach (var hit in corpus.Searcher.MoreLikeThis(id, 5, asList: true))
                Console.WriteLine($"    [{hit.Summit}] {hit.Title}");
        }
        MoreLikeThisSteps(corpus, ids, rounds);
        return 0;
    }

    /// <summary>The steps of the more-like-this query as SimilarArticles takes them (own doc, text, Like, search).</summary>
    private static void MoreLikeThisSteps(Corpus corpus, string[] ids, int rounds)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Print("  mlt: read body from store", rounds, () => { foreach (var id in ids) texts[id] = corpus.Texts.Read([id])[id].Body; }, ids.Length);
        corpus.Index.Use(searcher =>
        {
            var reader = searcher.IndexReader;
            MoreLikeThis Mlt() => new(reader)
            {
                Analyzer = corpus.Analyzer, FieldNames = [IndexFields.Title, IndexFields.Body], MinTermFreq = 1, MinDocFreq = 1,
                MaxDocFreq = reader.NumDocs * 6 / 10, MinWordLen = 2, MaxQueryTerms = 30, ApplyBoost = true,
            };
            Print("  mlt: analyse body only (token count)", rounds, () =>
            {
                foreach (var id in ids)
                {
                    using var stream = corpus.Analyzer.GetTokenStream(IndexFields.Body, texts[id]);
                    stream.Reset();
                    while (stream.IncrementToken()) { }
                    stream.End();
                }
            }, ids.Length);
            var unique = ids.ToDictionary(id => id, id => Words(corpus, texts[id]), StringComparer.Ordinal);
            Console.WriteLine($"  ({unique.Values.Sum(u => u.Count) / ids.Length} distinct analysed words a body, {reader.Leaves.Count} segments)");
            Print("  mlt: reader.DocFreq(body) of every word", rounds, () => { foreach (var id in ids) foreach (var w in unique[id]) reader.DocFreq(new Term(IndexFields.Body, w)); }, ids.Length);
            Print("  mlt: DistinctiveWords (analyse, docFreq one enum a segment)", rounds, () =>
            {
                foreach (var id in ids)
                    DistinctiveWords.Of(texts[id], corpus.Analyzer, reader, int.MaxValue, int.MaxValue);
            }, ids.Length);
            var queries = new Dictionary<string, Query>(StringComparer.Ordinal);
            Print("  mlt: Lucene MoreLikeThis.Like (the old way)", rounds, () => { foreach (var id in ids) queries[id] = Mlt().Like(new StringReader(texts[id]), IndexFields.Body); }, ids.Length);
            Print("  mlt: search top 5 of the words query", rounds, () => { foreach (var id in ids) searcher.Search(queries[id], 5); }, ids.Length);
            // The product's own query (its words, the article left out; the summit and people nudge is its collector's) and what its words cost to walk.
            var similar = new SimilarArticles(corpus.Analyzer, corpus.Texts);
            // An article sharing no word with any other has no related articles: no query to time.
            var ours = ids.Select(id => (Id: id, Query: similar.For(id, searcher)?.Query)).Where(q => q.Query is not null)
                .ToDictionary(q => q.Id, q => q.Query!, StringComparer.Ordinal);
            var overBudget = ours.Values.Count(q => WordsOf(q).Sum(t => (long)reader.DocFreq(t)) > SimilarArticles.DefaultPostingsBudget);
            Console.WriteLine($"  ({overBudget} of {ids.Length} articles have no word within the postings budget: their rarest word alone is searched)");
            Print("  mlt: SimilarArticles.For (the product's query)", rounds, () => { foreach (var id in ids) similar.For(id, searcher); }, ids.Length);
            Print("  mlt: search top 5 of the product's query", rounds, () => { foreach (var query in ours.Values) searcher.Search(query, 5); }, Math.Max(1, ours.Count));
            // The page's own call again, now that every step above has run often enough for the JIT's final tier.
            Print("  mlt: MoreLikeThis(5, list) again, warm", rounds, () => { foreach (var id in ids) corpus.Searcher.MoreLikeThis(id, 5, asList: true); }, ids.Length);
            var postings = ours.Values.Select(q => WordsOf(q).Sum(t => (long)reader.DocFreq(t))).Order().ToList();
            if (postings.Count > 0)
                Console.WriteLine($"  (postings of the product's body words: median {postings[postings.Count / 2]:N0}, max {postings[^1]:N0})");
            var words = texts.Values.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length) / texts.Count;
            Console.WriteLine($"  ({words} whitespace words a body on average, {texts.Values.Sum(t => t.Length) / texts.Count} chars)");
            return 0;
        });
    }

    private static IEnumerable<Term> WordsOf(Query query) => TermsOf(query).Where(t => t.Field == IndexFields.Body);

    private static IEnumerable<Term> TermsOf(Query query) => query switch
    {
        TermQuery term => [term.Term],
        BooleanQuery boolean => boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).SelectMany(c => TermsOf(c.Query)),
        _ => [],
    };

    private static HashSet<string> Words(Corpus corpus, string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = corpus.Analyzer.GetTokenStream(IndexFields.Body, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }

    private static void Print(string what, int rounds, Action work, int per = 1)
    {
        work();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            times.Add(clock.Elapsed.TotalMilliseconds / per);
        }
        times.Sort();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-48}{1,10:0.00}{2,10:0.00} (min)", what, times[times.Count / 2], times[0]));
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
