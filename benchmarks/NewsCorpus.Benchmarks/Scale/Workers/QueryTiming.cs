using System.Diagnostics;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>Runs one query class over and over, single-threaded, after a warm-up: p50/p99 and the hits it found.</summary>
/// <remarks>
/// The warm-up is a second of the class's own runs (at least 5, at most 5,000), the same for every engine: a .NET
/// engine's code for a class reaches its final tier only after some hundreds of runs (a NewsCorpus selective word,
/// after the site's warm-up: 1.34 ms p50 over its first 1,000 runs, 0.90 over the next, then ~0.6), and a site
/// serves its people from that tier. FTS5 is native code: its warm-up only fills caches. Until s41 both the warm-up
/// and the timed runs stopped at 300, so a class answered in under 3 ms was warmed for less than its second and
/// timed over a fraction of one (a third of a second for a selective word): its p50 swung between runs of one build.
/// </remarks>
internal static class QueryTiming
{
    private const int MinWarmUp = 5;
    private const int MaxWarmUpRuns = 5_000;
    private const int MaxRuns = 1_000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <param name="figures">Where <c>prefix.p50</c>, <c>.p99</c>, <c>.n</c> and <c>.hits</c> go.</param>
    /// <param name="prefix">The figure's name.</param>
    /// <param name="seconds">How long to keep asking (at least 5 runs, at most 1,000).</param>
    /// <param name="run">Runs the query once and returns its total hits.</param>
    public static void Measure(ScaleFigures figures, string prefix, double seconds, Func<int> run)
    {
        var hits = 0;
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < MaxWarmUpRuns && (i < MinWarmUp || warming.Elapsed < WarmUp); i++)
            hits = run();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < MaxRuns && (times.Count < 5 || total.Elapsed.TotalSeconds < seconds))
        {
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        figures.SetLatencies(prefix, times);
        figures.Set(prefix + ".hits", hits);
    }

    /// <summary>The figure name of a query class: <c>engine.query.common-word</c>.</summary>
    public static string Key(string engine, ScaleQuery query) => $"{engine}.query.{Slug(query.Name)}";

    public static string Slug(string name) => name.Replace(" + ", "-", StringComparison.Ordinal).Replace(' ', '-');
}
