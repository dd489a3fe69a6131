using System.Diagnostics;
using System.Globalization;
using NewsCorpus.Benchmarks.Scale.Web;
using NewsCorpus.Benchmarks.Scale.Workers;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// <c>scale --articles N [--seconds S] [--label L] [--compare L] [--reuse-store] [--maintenance] [--no-web]
/// [--no-handoff | --only-handoff] [--only-newscorpus] [--parser-share] [--work DIR] [--real DIR] [--chunk N]</c>: import speed, store size, search and
/// page latencies and memory at one corpus size, for bare stock Lucene, SQLite FTS5 and NewsCorpus on the same files in
/// one run. Each engine imports in a process of its own (<see cref="Workers.ScaleWorker"/>), bare Lucene again after
/// NewsCorpus (<see cref="LuceneAgain"/>); then the real site (its
/// Release build) serves the NewsCorpus store on loopback and is asked for every page and search class by one client
/// and by four; last, a fresh site is handed the same files by <c>newscorpus import</c> (<see cref="HandedOffImport"/>).
/// Prints one table with ratios, and how each figure grows over the sizes saved under the same label.
/// </summary>
public static class ScaleBenchmark
{
    public static int Run(string[] args)
    {
        var options = ScaleOptions.Parse(args);
        var corpus = ScaleCorpus.Prepare(options.Root, options.Articles, Path.Combine(options.RepoRoot, "data", "articles"), options.RealCorpus);
        var runDir = Directory.CreateDirectory(Path.Combine(options.Root, "runs", options.Articles.ToString(CultureInfo.InvariantCulture))).FullName;
        var figures = new ScaleFigures();
        figures.Set("input.files", corpus.Files.Count);
        figures.Set("input.real_files", corpus.RealFiles);
        figures.Set("input.bytes", corpus.Bytes);
        figures.Note("machine", Machine());
        figures.Note("commit", Git(options.RepoRoot, "describe --always --dirty"));
        figures.Note("date", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Console.Error.WriteLine($"{corpus.Files.Count:N0} files ({corpus.RealFiles:N0} real), {corpus.Bytes / 1e6:N1} MB");
        if (corpus.RealFiles == 0)
            Console.Error.WriteLine(ScaleReport.NoRealCorpus);

        if (!options.NoWeb && !options.NoBuild)
            SiteProcess.Build(options.RepoRoot);
        WarmFileCache(corpus.Files);
        if (options.OnlyHandOff)
        {
            HandedOffImport.MeasureAsync(options, corpus, runDir, figures).GetAwaiter().GetResult();
            return Report(options, figures);
        }
        var stockStores = options.OnlyNewsCorpus ? [] : new[] { ("lucene", Path.Combine(runDir, "lucene")), ("fts5", Path.Combine(runDir, "fts5.db")) };
        foreach (var (engine, dir) in stockStores)
            figures.Add(Worker(options, engine, corpus.ListFile, dir, ScalePass.Import));
        var dataDir = Path.Combine(runDir, "newscorpus");
        var store = Worker(options, "newscorpus", corpus.ListFile, dataDir, ScalePass.Import);
        if (options.ParserShare && !options.ReuseStore)
            WithoutParse(options, corpus.ListFile, runDir, figures);
        if (!options.OnlyNewsCorpus && !options.ReuseStore && LuceneAgain(options, corpus.ListFile, runDir) is { } luceneAfter)
            figures.Set("lucene_after.import.docs_per_s", luceneAfter);
        // Each engine's queries in a fresh process on the store it built, as a site serves what an import wrote.
        foreach (var (engine, dir) in stockStores)
            figures.Add(Worker(options, engine, corpus.ListFile, dir, ScalePass.Queries));
        store.Add(Worker(options, "newscorpus", corpus.ListFile, dataDir, ScalePass.Queries));
        figures.Add(store);
        var storeBytes = store["newscorpus.size.sqlite_bytes"] + store["newscorpus.size.index_bytes"];
        figures.Set("store.bytes_per_article", storeBytes / store["newscorpus.articles"] ?? 0);
        figures.Set("store.times_input", storeBytes / corpus.Bytes ?? 0);
        if (!options.NoWeb)
            Web(options, dataDir, store, figures, Path.Combine(runDir, "site.log")).GetAwaiter().GetResult();
        if (!options.NoWeb && !options.NoHandOff && !options.ReuseStore)
            HandedOffImport.MeasureAsync(options, corpus, runDir, figures).GetAwaiter().GetResult();
        return Report(options, figures);
    }

    private static int Report(ScaleOptions options, ScaleFigures figures)
    {
        var results = Directory.CreateDirectory(Path.Combine(options.Root, "results")).FullName;
        figures.Save(ScaleReport.ResultFile(results, options.Articles, options.Label));
        var before = options.Compare is { } label && File.Exists(ScaleReport.ResultFile(results, options.Articles, label))
            ? ScaleFigures.Load(ScaleReport.ResultFile(results, options.Articles, label)) : null;
        ScaleReport.Print(figures, options.Articles, before, options.Compare);
        ScaleReport.PrintGrowth(results, options.Label);
        return 0;
    }

    /// <summary>
    /// Reads every file once before the first engine, so that each engine reads them from the system's file cache: the
    /// first engine used to read them from the disk (bare Lucene ran at 3,230 docs/s before NewsCorpus and 3,975 after
    /// it in s41; a 20,000-file NewsCorpus import ran 7–9% slower with the cache dropped).
    /// </summary>
    private static void WarmFileCache(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        var buffer = new byte[64 * 1024];
        long bytes = 0;
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer)) > 0)
                bytes += read;
        }
        Console.Error.WriteLine($"read every file once ({bytes / 1e6:N1} MB in {clock.Elapsed.TotalSeconds:N1} s): each engine reads them from the file cache");
    }

    private static async Task Web(ScaleOptions options, string dataDir, ScaleFigures store, ScaleFigures figures, string log)
    {
        var catalogs = Path.Combine(options.RepoRoot, "data");
        var ready = TimeSpan.FromHours(2);
        using (var site = await SiteProcess.StartAsync(options.RepoRoot, dataDir, catalogs, log, ready))
        {
            figures.Set("web.startup1.seconds", site.StartupSeconds);
            figures.Set("web.rss.after_start_mb", ProcessMemory.CurrentMb(site.Pid));
            using var load = new PageLoad(site, options.Seconds);
            foreach (var probe in PageProbe.For(store))
            {
                Console.Error.WriteLine($"site: {probe.Name}");
                await load.MeasureAsync(probe, figures);
            }
            Console.Error.WriteLine("site: export");
            await load.MeasureExportAsync($"/search.csv?q={Uri.EscapeDataString(ScaleQueries.CommonWord)}&year={ScaleQueries.FilterYear}", 60, figures);
        }
        using (var again = await SiteProcess.StartAsync(options.RepoRoot, dataDir, catalogs, log, ready))
            figures.Set("web.startup2.seconds", again.StartupSeconds);
    }

    /// <summary>
    /// NewsCorpus's import once more with the parse left out (<c>--parser-share</c>): its figures are kept under
    /// <c>without_parse.import.*</c>, its store deleted.
    /// </summary>
    private static void WithoutParse(ScaleOptions options, string list, string runDir, ScaleFigures figures)
    {
        var result = Worker(options, "newscorpus-without-parse", list, Path.Combine(runDir, "newscorpus-without-parse"), ScalePass.Import);
        const string prefix = "newscorpus.import.";
        foreach (var (key, value) in result.Values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal)))
            figures.Set("without_parse.import." + key[prefix.Length..], value);
    }

    /// <summary>
    /// Bare Lucene's import again, after NewsCorpus's: this shared host's speed drifts between the phases of one run
    /// (NewsCorpus ÷ Lucene read 0.27× and 0.39× in two runs with no import change between them), so the import is
    /// judged against Lucene on either side of it. Its index is deleted after, unsearched, and only its import rate is
    /// kept (none when the worker reports none).
    /// </summary>
    private static double? LuceneAgain(ScaleOptions options, string list, string runDir)
    {
        var dir = Path.Combine(runDir, "lucene-after");
        try
        {
            return Worker(options, "lucene", list, dir, ScalePass.Import, "lucene-after")["lucene.import.docs_per_s"];
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Runs one engine's part in a child process (this program, verb <c>scale-worker</c>) and reads its figures.</summary>
    private static ScaleFigures Worker(ScaleOptions options, string engine, string list, string dir, ScalePass pass, string? name = null)
    {
        name ??= pass == ScalePass.Queries ? engine + "-queries" : engine;
        Console.Error.WriteLine($"{name} …");
        var result = Path.Combine(Path.GetDirectoryName(dir)!, name + ".json");
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        foreach (var arg in new[] { "scale-worker", engine, list, dir, result, options.Seconds.ToString(CultureInfo.InvariantCulture),
                     "--catalogs", Path.Combine(options.RepoRoot, "data"), "--chunk", options.Chunk.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        if (options.ReuseStore)
            start.ArgumentList.Add("--reuse-store");
        if (pass != ScalePass.Both)
            start.ArgumentList.Add(pass == ScalePass.Import ? "--no-queries" : "--queries-only");
        if (options.Maintenance && pass != ScalePass.Queries)
            start.ArgumentList.Add("--maintenance");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the worker could not be started");
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"the {engine} worker failed (exit {process.ExitCode})");
        return ScaleFigures.Load(result);
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory:0} GB, {Environment.OSVersion}");
    }

    private static string Git(string repo, string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", $"-C {repo} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
