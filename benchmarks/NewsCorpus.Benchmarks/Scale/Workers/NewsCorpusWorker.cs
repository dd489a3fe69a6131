using System.Diagnostics;
using System.Globalization;
using NewsCorpus.Core;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// NewsCorpus through its library, as the CLI runs it: import the files (in calls of <c>chunk</c> files), open the
/// store again (start-up), search each query class through <see cref="ArticleSearcher"/> (facets, snippets,
/// did-you-mean: the search page's work without the page), and name what the web probes will ask for.
/// </summary>
internal static class NewsCorpusWorker
{
    private static readonly string[] DatabaseFiles = ["newscorpus.db", "newscorpus.db-wal"];

    public static ScaleFigures Run(string list, string dataDir, string catalogDir, double seconds, WorkerSwitches switches)
    {
        var figures = new ScaleFigures();
        var options = new NewsCorpusOptions { DataDir = dataDir, CatalogDir = catalogDir, ArticlesDir = "" };
        var files = ListedFiles.Read(list, switches.Chunk);
        if (!switches.ReuseStore && Directory.Exists(dataDir))
            Directory.Delete(dataDir, recursive: true);
        if (switches.WithoutParse)
        {
            // The store holds title-and-body articles: no later phase may open it as the product's.
            Import(files, options, switches.Chunk, figures, new TitleAndBodyParser());
            Directory.Delete(dataDir, recursive: true);
            return figures;
        }
        if (!switches.ReuseStore || !Directory.Exists(dataDir))
            Import(files, options, switches.Chunk, figures);
        else
            figures.Note("newscorpus.import", "not imported in this process: the store was there");

        for (var open = 1; open <= 2; open++)
        {
            var clock = Stopwatch.StartNew();
            using var opened = new Corpus(options);
            figures.Set($"newscorpus.open{open}.seconds", clock.Elapsed.TotalSeconds);
        }

        using var corpus = new Corpus(options);
        figures.Set("newscorpus.articles", corpus.Store.Count());
        figures.Set("newscorpus.size.sqlite_bytes", DatabaseFiles.Sum(f => ProcessMemory.Bytes(Path.Combine(dataDir, f))));
        figures.Set("newscorpus.size.index_bytes", ProcessMemory.Bytes(Path.Combine(dataDir, "index")));
        if (switches.Queries)
            TimeQueries(corpus, options, seconds, figures);
        Probes(corpus, files.ProbeNames, figures);
        if (switches.Maintenance)
            Maintenance(corpus, figures);
        return figures;
    }

    private static void TimeQueries(Corpus corpus, NewsCorpusOptions options, double seconds, ScaleFigures figures)
    {
        // The site warms its searches up when it starts (SearchWarmUpService): the library is timed in the same state.
        // Unwarmed, the first class timed read three times its warmed figure while the JIT was still compiling.
        var warming = Stopwatch.StartNew();
        figures.Set("newscorpus.warmup.searches", SearchWarmUp.Run(corpus.Searcher, corpus.Index, TimeSpan.FromSeconds(options.SearchWarmUpSeconds), CancellationToken.None));
        figures.Set("newscorpus.warmup.seconds", warming.Elapsed.TotalSeconds);
        foreach (var query in ScaleQueries.All)
        {
            var request = new SearchRequest { Query = query.Text, Year = query.Year, Limit = 20 };
            QueryTiming.Measure(figures, QueryTiming.Key("newscorpus", query), seconds, () => corpus.Searcher.Search(request).Total);
        }
    }

    private static void Import(ListedFiles files, NewsCorpusOptions options, int chunk, ScaleFigures figures, IArticleParser? parser = null)
    {
        var cost = ImportCost.Now();
        var clock = Stopwatch.StartNew();
        int imported, failed;
        // As the CLI's writing commands open it: a searcher nobody reads is not readied after each commit.
        using (var corpus = new Corpus(new NewsCorpusOptions { DataDir = options.DataDir, CatalogDir = options.CatalogDir, ArticlesDir = "", ServesSearches = false, Parser = parser is null ? null : _ => parser }))
            (imported, failed) = chunk > 0 ? ImportInCalls(corpus, files.All!, chunk, clock) : ImportAsOneRun(corpus, files, clock);
        Console.Error.WriteLine();
        var elapsed = clock.Elapsed.TotalSeconds;
        figures.Set("newscorpus.import.seconds", elapsed);
        figures.Set("newscorpus.import.docs_per_s", files.Count / elapsed);
        ImportCost.SetSince(cost, figures, "newscorpus", files.Count, elapsed);
        ProcessMemory.SetImportPeaks(figures, "newscorpus");
        figures.Set("newscorpus.import.imported", imported);
        figures.Set("newscorpus.import.refused", failed);
        figures.Note("newscorpus.import.way", chunk > 0 ? $"library Import calls of {chunk} files" : "one run, as newscorpus import");
    }

    // The library's Import(paths), a call (and a recorded run) for each chunk of files, each returning its full report.
    private static (int Imported, int Failed) ImportInCalls(Corpus corpus, IReadOnlyList<string> files, int chunk, Stopwatch clock)
    {
        int imported = 0, failed = 0;
        for (var start = 0; start < files.Count; start += chunk)
        {
            var report = corpus.Importer.Import(files.Skip(start).Take(chunk));
            imported += report.Imported + report.Updated;
            failed += report.Failed.Count();
            Console.Error.Write($"\rnewscorpus: {start + Math.Min(chunk, files.Count - start):N0} of {files.Count:N0} files, {clock.Elapsed.TotalSeconds:0} s ");
        }
        return (imported, failed);
    }

    // As `newscorpus import FOLDER...` runs it: one recorded run, worked through by the writer's RunExecutor, its
    // outcomes kept only in the run's record — so the peak includes whatever the run holds for the corpus's size.
    private static (int Imported, int Failed) ImportAsOneRun(Corpus corpus, ListedFiles files, Stopwatch clock)
    {
        var run = corpus.Runs.Create(RunKind.Import, "benchmark", $"{files.Count} files in {files.Sources.Count} paths", files.Sources);
        var finished = corpus.RunExecutor.Execute(run, progress =>
            Console.Error.Write($"\rnewscorpus: {progress.Done:N0} of {progress.Total:N0} files, {clock.Elapsed.TotalSeconds:0} s "));
        if (finished.Status != RunStatus.Done)
            throw new InvalidOperationException($"the import run ended {finished.Status}: {finished.Error}");
        return (finished.Imported + finished.Updated, finished.Failed);
    }

    /// <summary>The biggest summit and month and twenty article ids spread over the corpus, for the page probes.</summary>
    private static void Probes(Corpus corpus, IReadOnlyList<string> probeNames, ScaleFigures figures)
    {
        if (corpus.Store.CountBySummit().MaxBy(c => c.Count) is { } summit)
            figures.Note("probe.summit", summit.Value);
        if (corpus.Store.CountByMonth().MaxBy(c => c.Count) is { } month)
            figures.Note("probe.month", month.Value);
        var ids = probeNames
            .Select(ArticleId.FromFileName)
            .Distinct()
            .Where(id => corpus.Store.Get(id) is not null)
            .Take(20);
        figures.Note("probe.ids", string.Join(',', ids));
    }

    private static void Maintenance(Corpus corpus, ScaleFigures figures)
    {
        var clock = Stopwatch.StartNew();
        var count = corpus.Reindex();
        figures.Set("newscorpus.reindex.docs_per_s", count / clock.Elapsed.TotalSeconds);
        clock.Restart();
        var report = corpus.Reparse();
        figures.Set("newscorpus.reparse.docs_per_s", report.Reparsed / clock.Elapsed.TotalSeconds);
        figures.Set("newscorpus.maintenance.peak_rss_mb", ProcessMemory.PeakMb());
        figures.Note("newscorpus.reparse", string.Create(CultureInfo.InvariantCulture, $"{report.Reparsed} reparsed, {report.Changed} changed"));
    }
}

/// <summary>What the NewsCorpus worker is told beside its files.</summary>
/// <param name="ReuseStore">Opens the store a run before built instead of importing (when it is there).</param>
/// <param name="Chunk">Imports through the library's <c>Import</c> in calls of this many files (0: one run).</param>
/// <param name="Maintenance">Times <c>reparse</c> and <c>reindex</c> too.</param>
/// <param name="Queries">Times the query classes; false in the import pass (<see cref="ScalePass"/>).</param>
/// <param name="WithoutParse">Imports through <see cref="TitleAndBodyParser"/> instead of the product's parser, and only imports.</param>
internal sealed record WorkerSwitches(bool ReuseStore, int Chunk, bool Maintenance, bool Queries = true, bool WithoutParse = false);
