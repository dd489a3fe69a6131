using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Benchmarks.Scale.Workers;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>Prints a run's figures as one table with ratios, a before → after comparison, and growth over sizes.</summary>
internal static partial class ScaleReport
{
    public static string ResultFile(string folder, int articles, string label) =>
        Path.Combine(folder, $"scale-{articles.ToString(CultureInfo.InvariantCulture)}-{label}.json");

    private static string F(double? value) => ScaleFigures.Format(value);

    private static string Ratio(double? a, double? b) =>
        a is { } x && b is { } y && y > 0 ? (x / y).ToString(x / y >= 10 ? "0" : "0.00", CultureInfo.InvariantCulture) + "×" : "—";

    /// <summary>
    /// Said before and after a run without real articles: the selective and prefix classes' words come from
    /// them (no sample line holds them), so those classes find nothing and their ratios compare empty answers.
    /// </summary>
    public const string NoRealCorpus =
        "warning: no real articles in this corpus (unpack ../shared/corpora/saudinewsnet-2015.tar.xz into a 'corpora' folder above the checkout, " +
        "or set NEWSCORPUS_REAL_CORPUS or --real DIR): the selective word and prefix classes find nothing in recombined sample lines, " +
        "so their figures say nothing";

    /// <summary>
    /// <c>scale-report RESULT.json [--compare OTHER.json]</c>: prints a saved run's table again (the files under
    /// <c>results/</c> of the scale folder), beside another saved run when asked.
    /// </summary>
    public static int Reprint(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: scale-report RESULT.json [--compare OTHER.json]   (a file the scale benchmark saved under its results folder)");
            return 2;
        }
        var figures = ScaleFigures.Load(args[0]);
        var other = ScaleOptions.Value(args, "--compare");
        Print(figures, (int)(figures["input.files"] ?? 0), other is null ? null : ScaleFigures.Load(other), other is null ? null : Path.GetFileNameWithoutExtension(other));
        return 0;
    }

    public static void Print(ScaleFigures f, int articles, ScaleFigures? before, string? beforeLabel)
    {
        var input = f["input.bytes"];
        Console.WriteLine();
        Console.WriteLine($"scale: {articles:N0} articles ({f["input.real_files"]:N0} of them real), {input / 1e6:N1} MB of files");
        if (f["input.real_files"] == 0)
            Console.WriteLine(NoRealCorpus);
        Console.WriteLine($"machine: {f.Notes.GetValueOrDefault("machine")}; commit {f.Notes.GetValueOrDefault("commit")}, {f.Notes.GetValueOrDefault("date")}");

        Console.WriteLine();
        Console.WriteLine($"{"import",-28} {"docs/s",9} {"÷ Lucene",9} {"seconds",9} {"peak RSS MB",12} {"anon / file",12} {"store MB",9} {"÷ input",8}");
        var lucene = f["lucene.import.docs_per_s"];
        // The handed-off import and the one without the parse leave no store of their own to measure.
        foreach (var (name, key, size) in new[]
                 {
                     ("bare Lucene ArabicAnalyzer", "lucene", f["lucene.size.bytes"]),
                     ("SQLite FTS5 unicode61", "fts5", f["fts5.size.bytes"]),
                     ("NewsCorpus", "newscorpus", f["newscorpus.size.sqlite_bytes"] + f["newscorpus.size.index_bytes"]),
                     ("NewsCorpus handed to site", "handoff", null),
                     ("NewsCorpus, parse left out", "without_parse", null),
                 })
        {
            // A phase the run left out (--only-handoff, --only-newscorpus, --reuse-store, no --parser-share) prints no row.
            if (f[key + ".import.docs_per_s"] is not { } rate)
                continue;
            var store = size is null ? "" : $" {F(size / 1e6),9} {Ratio(size, input),8}";
            Console.WriteLine($"{name,-28} {F(rate),9} {Ratio(rate, lucene),9} {F(f[key + ".import.seconds"]),9} {F(f[key + ".import.peak_rss_mb"]),12} {F(f[key + ".import.peak_anon_mb"]) + " / " + F(f[key + ".import.peak_file_mb"]),12}{store}");
        }
        foreach (var (name, key) in new[] { ("bare Lucene", "lucene"), ("FTS5", "fts5"), ("NewsCorpus", "newscorpus"), ("parse left out", "without_parse") })
        {
            if (f[key + ".import.cpu_ms_per_doc"] is { } cpu)
                Console.WriteLine($"  {name}: {F(cpu)} ms of CPU a file on {F(f[key + ".import.cores_busy"])} cores, GC pauses {F(100 * f[key + ".import.gc_pause_share"])}% of the time, " +
                                  $"{F(f[key + ".import.alloc_kb_per_doc"])} KB allocated a file, collections {F(f[key + ".import.gen0"])} / {F(f[key + ".import.gen1"])} / {F(f[key + ".import.gen2"])} (gen 0 / 1 / 2)");
        }
        if (f["without_parse.import.cpu_ms_per_doc"] is { } plainCpu && f["newscorpus.import.cpu_ms_per_doc"] is { } fullCpu)
            Console.WriteLine($"  the parse's share: {F(fullCpu - plainCpu)} ms of the import's {F(fullCpu)} ms of CPU a file " +
                              "(parse left out: the first line as title, the rest as body, as bare Lucene reads a file; store and the four analysed fields as usual)");
        if (f["lucene_after.import.docs_per_s"] is { } again)
            Console.WriteLine($"  bare Lucene again after NewsCorpus: {F(again)} docs/s; NewsCorpus ÷ Lucene before / after it: {Ratio(f["newscorpus.import.docs_per_s"], lucene)} / {Ratio(f["newscorpus.import.docs_per_s"], again)}");
        if (f["newscorpus.size.sqlite_bytes"] is not null)
            Console.WriteLine($"  NewsCorpus store: SQLite {F(f["newscorpus.size.sqlite_bytes"] / 1e6)} MB + index {F(f["newscorpus.size.index_bytes"] / 1e6)} MB = {Ratio(f["newscorpus.size.sqlite_bytes"] + f["newscorpus.size.index_bytes"], input)} the input; " +
                              $"{F((f["newscorpus.size.sqlite_bytes"] + f["newscorpus.size.index_bytes"]) / f["newscorpus.articles"])} bytes an article");
        if (f["handoff.import.docs_per_s"] is not null)
            Console.WriteLine($"  handed to the site: a fresh site (as deployed) imports what `newscorpus import` hands it ({f["handoff.import.imported"]:N0} imported, {f["handoff.import.refused"]:N0} refused); " +
                              $"peak RSS is the site's, which serves searches from the same process; the command line's own peak {F(f["handoff.cli.peak_rss_mb"])} MB");
        if (f["newscorpus.reindex.docs_per_s"] is { } reindex)
            Console.WriteLine($"  reindex {F(reindex)} docs/s ({Ratio(reindex, lucene)} Lucene), reparse {F(f["newscorpus.reparse.docs_per_s"])} docs/s ({Ratio(f["newscorpus.reparse.docs_per_s"], f["newscorpus.import.docs_per_s"])} import)");

        if (!f.Values.Keys.Any(k => k.Contains(".query.", StringComparison.Ordinal)))
        {
            PrintEnd(f, before, beforeLabel);
            return;
        }
        Console.WriteLine();
        Console.WriteLine("search, ms p50/p99     hits     bare Lucene        FTS5   NewsCorpus lib   page 1 client  page 4 clients  FTS5÷page  FTS5÷lib");
        foreach (var query in ScaleQueries.All)
        {
            var slug = QueryTiming.Slug(query.Name);
            string P(string key) => $"{F(f[key + ".p50"])}/{F(f[key + ".p99"])}";
            var page = "web.search-" + query.Name.Replace(' ', '-');
            Console.WriteLine($"{query.Name,-18} {F(f[$"newscorpus.query.{slug}.hits"]),9} {P($"lucene.query.{slug}"),15} {P($"fts5.query.{slug}"),11} {P($"newscorpus.query.{slug}"),16} {P(page + ".c1"),15} {P(page + ".c4"),15} {Ratio(f[$"fts5.query.{slug}.p50"], f[page + ".c1.p50"]),10} {Ratio(f[$"fts5.query.{slug}.p50"], f[$"newscorpus.query.{slug}.p50"]),9}");
        }
        Console.WriteLine("  stock engines: top 10 (Lucene) or total + top 20 with snippets (FTS5); no dates, so 'common + year' runs the word alone there");
        if (f["newscorpus.warmup.searches"] is { } warmUp)
            Console.WriteLine($"  NewsCorpus lib timed after the site's start-up warm-up ({F(warmUp)} searches in {F(f["newscorpus.warmup.seconds"])} s)");

        Console.WriteLine();
        Console.WriteLine($"{"page, ms",-16} {"1 client p50/p99",18} {"4 clients p50/p99",18} {"KB",8}");
        foreach (var name in new[] { "home", "summits", "summit", "browse", "browse year", "browse month", "article" })
        {
            var key = "web." + name.Replace(' ', '-');
            if (f[key + ".c1.p50"] is null)
                continue;
            Console.WriteLine($"{name,-16} {F(f[key + ".c1.p50"]) + "/" + F(f[key + ".c1.p99"]),18} {F(f[key + ".c4.p50"]) + "/" + F(f[key + ".c4.p99"]),18} {F(f[key + ".kb"]),8}");
        }
        foreach (var (key, note) in f.Notes.Where(n => n.Key.StartsWith("web.", StringComparison.Ordinal)))
            Console.WriteLine($"  {key}: {note}");
        PrintEnd(f, before, beforeLabel);
    }

    private static void PrintEnd(ScaleFigures f, ScaleFigures? before, string? beforeLabel)
    {
        Console.WriteLine();
        if (f["newscorpus.open1.seconds"] is not null || f["web.startup1.seconds"] is not null)
            Console.WriteLine($"start-up: library open {F(f["newscorpus.open1.seconds"])} s then {F(f["newscorpus.open2.seconds"])} s; site ready {F(f["web.startup1.seconds"])} s then {F(f["web.startup2.seconds"])} s");
        if (f["web.rss.after_start_mb"] is not null)
            Console.WriteLine($"site memory: {F(f["web.rss.after_start_mb"])} MB after start, peak {F(f["web.rss.peak_under_load_mb"])} MB under 4 clients");
        if (f["web.export.rows"] is not null)
            Console.WriteLine($"export /search.csv (common word + year): {F(f["web.export.s_per_10k_rows"])} s per 10k rows ({F(f["web.export.rows"])} of {F(f["web.export.total"])} rows{(f.Notes.TryGetValue("web.export", out var stopped) ? ", " + stopped : "")})");

        if (before is not null)
            PrintComparison(before, f, beforeLabel!);
    }

    /// <summary>The headline figures of a saved run beside this one.</summary>
    private static void PrintComparison(ScaleFigures before, ScaleFigures after, string label)
    {
        Console.WriteLine();
        Console.WriteLine($"{label} ({before.Notes.GetValueOrDefault("commit")}) → now ({after.Notes.GetValueOrDefault("commit")})");
        foreach (var (name, key) in Headlines())
            Console.WriteLine($"  {name,-44} {F(before[key]),10} → {F(after[key]),-10} {Ratio(after[key], before[key])}");
    }

    private static IEnumerable<(string Name, string Key)> Headlines()
    {
        yield return ("import docs/s", "newscorpus.import.docs_per_s");
        yield return ("import CPU ms per file", "newscorpus.import.cpu_ms_per_doc");
        yield return ("import GC pauses, share of the time", "newscorpus.import.gc_pause_share");
        yield return ("import peak RSS MB", "newscorpus.import.peak_rss_mb");
        yield return ("import peak anonymous MB", "newscorpus.import.peak_anon_mb");
        yield return ("import handed to the site docs/s", "handoff.import.docs_per_s");
        yield return ("import handed to the site, its peak RSS MB", "handoff.import.peak_rss_mb");
        yield return ("store bytes per article", "store.bytes_per_article");
        yield return ("store ÷ input", "store.times_input");
        foreach (var query in ScaleQueries.All)
        {
            yield return ($"search {query.Name} p50 ms (page, 1 client)", $"web.search-{query.Name.Replace(' ', '-')}.c1.p50");
            yield return ($"search {query.Name} p99 ms (page, 1 client)", $"web.search-{query.Name.Replace(' ', '-')}.c1.p99");
        }
        foreach (var name in new[] { "home", "summits", "summit", "browse", "browse year", "browse month", "article" })
        {
            yield return ($"{name} p50 ms (1 client)", $"web.{name.Replace(' ', '-')}.c1.p50");
            yield return ($"{name} KB", $"web.{name.Replace(' ', '-')}.kb");
        }
        yield return ("site ready after start, s", "web.startup2.seconds");
        yield return ("site peak RSS MB under 4 clients", "web.rss.peak_under_load_mb");
        yield return ("export s per 10k rows", "web.export.s_per_10k_rows");
    }

    /// <summary>The headline figures at every size saved under <paramref name="label"/>, with the growth per tenfold size.</summary>
    public static void PrintGrowth(string folder, string label)
    {
        var runs = Directory.EnumerateFiles(folder, $"scale-*-{label}.json")
            .Select(p => (Size: SizeOf(Path.GetFileName(p)), Figures: ScaleFigures.Load(p)))
            .Where(r => r.Size > 0)
            .OrderBy(r => r.Size)
            .ToList();
        if (runs.Count < 2)
            return;
        Console.WriteLine();
        Console.WriteLine($"growth ({label}; growth is per tenfold articles: 10× means linear)");
        Console.Write($"  {"",-44}");
        foreach (var run in runs)
            Console.Write($" {run.Size,10:N0}");
        Console.WriteLine("   growth");
        foreach (var (name, key) in Headlines())
        {
            Console.Write($"  {name,-44}");
            foreach (var run in runs)
                Console.Write($" {F(run.Figures[key]),10}");
            var (first, last) = (runs[0], runs[^1]);
            var tenfolds = Math.Log10((double)last.Size / first.Size);
            var growth = first.Figures[key] is { } a && a > 0 && last.Figures[key] is { } b && b > 0 ? Math.Pow(b / a, 1 / tenfolds) : (double?)null;
            Console.WriteLine(growth is { } g ? $"   {g.ToString("0.0", CultureInfo.InvariantCulture)}×" : "");
        }
        Console.WriteLine("  (" + string.Join("; ", runs.Select(r => $"{r.Size:N0}: {r.Figures.Notes.GetValueOrDefault("commit")} {r.Figures.Notes.GetValueOrDefault("date")}")) + ")");
    }

    private static int SizeOf(string fileName) =>
        SizeInName().Match(fileName) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^scale-(\d+)-")]
    private static partial Regex SizeInName();
}
