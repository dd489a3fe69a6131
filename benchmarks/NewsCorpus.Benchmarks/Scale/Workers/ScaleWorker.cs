using System.Globalization;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// <c>scale-worker ENGINE LIST DIR RESULT SECONDS [--reuse-store] [--chunk N] [--maintenance] [--catalogs DIR]</c>:
/// one engine's part of the scale benchmark in a process of its own, so each engine's peak memory is its own and no
/// engine runs warmed by another. Writes its figures as JSON to RESULT.
/// </summary>
internal static class ScaleWorker
{
    public static int Run(string[] args)
    {
        var (engine, list, dir, result) = (args[0], args[1], args[2], args[3]);
        var seconds = double.Parse(args[4], CultureInfo.InvariantCulture);
        ProcessMemory.StartSampling();
        var figures = engine switch
        {
            "lucene" => BareLuceneWorker.Run(ScaleCorpus.ReadList(list), dir, seconds),
            "fts5" => Fts5Worker.Run(ScaleCorpus.ReadList(list), dir, seconds),
            // The NewsCorpus worker reads the list itself: importing as one run, it lets go of it first (see there).
            "newscorpus" => NewsCorpusWorker.Run(list, dir, ScaleOptions.Value(args, "--catalogs") ?? "", seconds,
                new WorkerSwitches(args.Contains("--reuse-store"), int.Parse(ScaleOptions.Value(args, "--chunk") ?? "0", CultureInfo.InvariantCulture),
                    args.Contains("--maintenance"))),
            _ => throw new ArgumentException($"unknown engine {engine}"),
        };
        figures.Save(result);
        return 0;
    }
}
