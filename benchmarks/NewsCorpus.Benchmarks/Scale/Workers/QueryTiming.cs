using System.Diagnostics;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>Runs one query class over and over, single-threaded, after a warm-up: p50/p99 and the hits it found.</summary>
internal static class QueryTiming
{
    private const int WarmUp = 5;
    private const int MaxRuns = 300;

    /// <param name="figures">Where <c>prefix.p50</c>, <c>.p99</c>, <c>.n</c> and <c>.hits</c> go.</param>
    /// <param name="prefix">The figure's name.</param>
    /// <param name="seconds">How long to keep asking (at least 5 runs, at most 300).</param>
    /// <param name="run">Runs the query once and returns its total hits.</param>
    public static void Measure(ScaleFigures figures, string prefix, double seconds, Func<int> run)
    {
        var hits = 0;
        for (var i = 0; i < WarmUp; i++)
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
