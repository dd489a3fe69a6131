using System.Diagnostics;
using System.Globalization;
using NewsCorpus.Benchmarks.Scale;
using Lucene.Net.Search;
using NewsCorpus.Core;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Benchmarks.SearchProfile;

/// <summary>
/// <c>search-profile --data-dir DIR [--catalogs DIR] [--rounds N] [--repeat CLASS [--times N] [--allocations]] [--queries]</c>: where a search page's library time goes, for each
/// of the scale benchmark's query classes on an existing store: the whole search (facets, snippets, did-you-mean),
/// the same search as a list (query and top hits only), reading the page's texts from the store, and making the
/// page's snippets from them with the terms the page marks (what the query matched: a prefix's words too). Medians of
/// wall time and of the process's CPU time (robust on a busy machine).
/// </summary>
internal static class SearchProfileBenchmark
{
    public static int Run(string[] args)
    {
        var dataDir = ScaleOptions.Value(args, "--data-dir") ?? throw new ArgumentException("--data-dir DIR is required");
        var catalogs = ScaleOptions.Value(args, "--catalogs") ?? Path.Combine(NewsCorpus.Core.RepoRoot.Find(), "data");
        var rounds = int.Parse(ScaleOptions.Value(args, "--rounds") ?? "30", CultureInfo.InvariantCulture);
        using var corpus = Corpus.OpenForReading(new NewsCorpusOptions { DataDir = dataDir, CatalogDir = catalogs, ArticlesDir = "" });
        var snippets = new SnippetBuilder(corpus.Analyzer);
        if (ScaleOptions.Value(args, "--repeat") is { } repeated)
            return Repeat(corpus, repeated, int.Parse(ScaleOptions.Value(args, "--times") ?? "5000", CultureInfo.InvariantCulture), args);
        // Every query class a few dozen times first: the JIT compiles hot methods again after about thirty calls, and
        // the first class measured would otherwise pay for everyone's unoptimized code.
        for (var warm = 0; warm < 40; warm++)
        {
            foreach (var query in ScaleQueries.All)
                corpus.Searcher.Search(new SearchRequest { Query = query.Text, Year = query.Year, Limit = 20 });
        }
        var names = new CatalogNames(Catalogs.Load(catalogs));
        var reader = new SearchQueryReader(corpus.Analyzer, names, new SearchLimits());
        Console.WriteLine($"{"query",-16} {"hits",8} {"search",14} {"as list",14} {"texts",14} {"snippets",14}   (ms wall / cpu, median of {rounds})");
        foreach (var query in ScaleQueries.All)
        {
            var request = new SearchRequest { Query = query.Text, Year = query.Year, Limit = 20 };
            var result = corpus.Searcher.Search(request);
            var ids = result.Hits.Select(h => h.Id).ToList();
            // The terms the page marks: what the query matched in the index (a prefix's words, a name's alias), as the search finds them.
            var terms = corpus.Index.Use(s => MatchedTerms.Of(reader.Read(query.Text).Query, s));
            var texts = corpus.Texts.Read(ids);
            var search = Time(rounds, () => corpus.Searcher.Search(request));
            var list = Time(rounds, () => corpus.Searcher.Search(request with { AsList = true }));
            var read = Time(rounds, () => corpus.Texts.Read(ids));
            var snip = Time(rounds, () => texts.Values.Select(t => snippets.Passage(t.Body, t.Captions, terms)).ToList());
            Console.WriteLine($"{query.Name,-16} {result.Total,8} {search,14} {list,14} {read,14} {snip,14}");
        }
        Collectors(corpus, names, reader, rounds);
        if (args.Contains("--queries"))
            PrintQueries(reader);
        return 0;
    }

    /// <summary>
    /// With <c>--queries</c>: each class as Lucene searches it, and how many term clauses that is — each looked up
    /// in every segment, which is most of what a selective word's search costs.
    /// </summary>
    private static void PrintQueries(SearchQueryReader reader)
    {
        Console.WriteLine();
        foreach (var query in ScaleQueries.All)
        {
            var (parsed, _) = reader.Read(query.Text);
            var terms = new HashSet<Lucene.Net.Index.Term>();
            try
            {
                parsed.ExtractTerms(terms);
            }
            catch (NotSupportedException)
            {
                // A prefix or fuzzy query names its terms only once rewritten against an index.
            }
            Console.WriteLine($"{query.Name}: {terms.Count} terms: {parsed}");
        }
    }

    /// <summary>
    /// One query class's whole search, <paramref name="times"/> times after a warm-up of its own and a pause: a loop for
    /// <c>perf record</c> to profile that class alone (the other classes' warm-up would mix into its stacks).
    /// </summary>
    private static int Repeat(Corpus corpus, string name, int times, string[] args)
    {
        var query = ScaleQueries.All.FirstOrDefault(q => q.Name == name)
            ?? throw new ArgumentException($"--repeat takes one of: {string.Join(", ", ScaleQueries.All.Select(q => q.Name))}");
        var request = new SearchRequest { Query = query.Text, Year = query.Year, Limit = 20 };
        for (var i = 0; i < 300; i++)
            corpus.Searcher.Search(request);
        Thread.Sleep(TimeSpan.FromSeconds(1));
        var walls = new double[times];
        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            corpus.Searcher.Search(request);
            walls[i] = clock.Elapsed.TotalMilliseconds;
        }
        var mean = walls.Average();
        var kilobytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / times;
        collections = GC.CollectionCount(0) - collections;
        Array.Sort(walls);
        double At(double share) => walls[(int)(share * (times - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}, {times} searches one after another: p50 {At(0.5):0.000}, p90 {At(0.9):0.000}, p99 {At(0.99):0.000}, mean {mean:0.000} ms; {kilobytes:0} KB allocated a search, {collections} gen-0 collections"));
        foreach (var (type, share) in sampler?.Top(15) ?? [])
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {share,6:P1}  {type}"));
        return 0;
    }

    /// <summary>
    /// The collection pass alone, with each of the search page's collectors added in turn (Lucene's sorted collector, then ours: top hits by relevance,
    /// facet counts, month histogram), and the query's matched terms: what a page's counts cost per query class.
    /// </summary>
    private static void Collectors(Corpus corpus, CatalogNames names, SearchQueryReader reader, int rounds)
    {
        Console.WriteLine();
        Console.WriteLine($"{"query",-16} {"Lucene top 21",14} {"top 21",14} {"+ facets",14} {"+ months",14} {"all three",14} {"terms",14}   (ms wall / cpu, median of {rounds})");
        foreach (var query in ScaleQueries.All)
        {
            var request = new SearchRequest { Query = query.Text, Year = query.Year, Limit = 20 };
            var (parsed, _) = reader.Read(query.Text);
            var filtered = SearchFilters.Apply(parsed, request, names);
            ICollector Top() => new TopHitsCollector(21, byDate: false);
            var lucene = Pass(() => TopFieldCollector.Create(TopHitsCollector.ByRelevance, 21, true, true, false, false));
            string Pass(Func<ICollector> collector) => Time(rounds, () => corpus.Index.Use(s => { s.Search(filtered, collector()); return 0; }));
            var top = Pass(Top);
            var facets = Pass(() => MultiCollector.Wrap(Top(), new FacetCollector(IndexFields.Facets)));
            var months = Pass(() => MultiCollector.Wrap(Top(), new DateHistogramCollector()));
            var all = Pass(() => MultiCollector.Wrap(Top(), new FacetCollector(IndexFields.Facets), new DateHistogramCollector()));
            var terms = Time(rounds, () => corpus.Index.Use(s => MatchedTerms.Of(parsed, s)));
            Console.WriteLine($"{query.Name,-16} {lucene,14} {top,14} {facets,14} {months,14} {all,14} {terms,14}");
        }
    }

    private static string Time(int rounds, Func<object> work)
    {
        work();
        var walls = new List<double>();
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            walls.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        return string.Create(CultureInfo.InvariantCulture, $"{Median(walls),6:0.0} /{Median(cpus),6:0.0}");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
