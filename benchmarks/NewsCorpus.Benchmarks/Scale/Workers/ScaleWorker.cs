using System.Globalization;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// <c>scale-worker ENGINE LIST DIR RESULT SECONDS [--reuse-store] [--no-queries | --queries-only] [--chunk N] [--maintenance] [--catalogs DIR]</c>:
/// one engine's part of the scale benchmark in a process of its own (ENGINE: <c>lucene</c>, <c>fts5</c>, <c>newscorpus</c>,
/// or <c>newscorpus-without-parse</c>, an import through <see cref="TitleAndBodyParser"/> alone), so each engine's peak memory is its own and no
/// engine runs warmed by another. <c>--no-queries</c> imports only; <c>--queries-only</c> times the queries on the
/// store an import pass left (see <see cref="ScalePass"/>). Writes its figures as JSON to RESULT.
/// </summary>
internal static class ScaleWorker
{
    public static int Run(string[] args)
    {
        var (engine, list, dir, result) = (args[0], args[1], args[2], args[3]);
        var seconds = double.Parse(args[4], CultureInfo.InvariantCulture);
        ProcessMemory.StartSampling();
        var pass = args.Contains("--no-queries") ? ScalePass.Import : args.Contains("--queries-only") ? ScalePass.Queries : ScalePass.Both;
        var figures = engine switch
        {
            "lucene" => BareLuceneWorker.Run(ScaleCorpus.ReadList(list), dir, seconds, pass),
            "fts5" => Fts5Worker.Run(ScaleCorpus.ReadList(list), dir, seconds, pass),
            // The NewsCorpus worker reads the list itself: importing as one run, it lets go of it first (see there).
            "newscorpus" or "newscorpus-without-parse" => NewsCorpusWorker.Run(list, dir, ScaleOptions.Value(args, "--catalogs") ?? "", seconds,
                new WorkerSwitches(args.Contains("--reuse-store") || pass == ScalePass.Queries,
                    int.Parse(ScaleOptions.Value(args, "--chunk") ?? "0", CultureInfo.InvariantCulture),
                    args.Contains("--maintenance"), Queries: pass != ScalePass.Import, WithoutParse: engine == "newscorpus-without-parse")),
            _ => throw new ArgumentException($"unknown engine {engine}"),
        };
        figures.Save(result);
        return 0;
    }
}

/// <summary>
/// What a worker process does. A run imports in one process and times the queries in a fresh one on the store the
/// import left, as a site serves what a command-line import wrote: timed in the process that had just imported
/// 100,000 files, a prefix search read 0.73 ms at p50 against 0.53–0.55 in a fresh process on the same store (the
/// runtime's profile-guided code had been shaped by the import's merges; with that off both read 0.92–0.99).
/// </summary>
internal enum ScalePass
{
    /// <summary>Import, then time the queries in the same process (a worker run by hand).</summary>
    Both,

    /// <summary>Import only.</summary>
    Import,

    /// <summary>Time the queries on the store an import pass left.</summary>
    Queries,
}
