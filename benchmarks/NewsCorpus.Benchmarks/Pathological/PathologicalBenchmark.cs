using System.Diagnostics;
using System.Globalization;

namespace NewsCorpus.Benchmarks.Pathological;

/// <summary>
/// <c>pathological [--max-kb N] [--budget S] [--shape NAME]...</c>: feeds 1 KB … 4 MB of each
/// <see cref="PathologicalShape"/> through each <see cref="TextSteps"/> step and prints milliseconds per MB. A
/// linear step prints about the same figure at every size; a quadratic one doubles it with every doubling of the
/// input. A step that takes longer than the budget at one size is not run at larger sizes (shown as "skip").
/// Exits 1 when a step grows more than <see cref="MaxGrowth"/> times from 256 KB to its largest size, or was skipped.
/// </summary>
internal static class PathologicalBenchmark
{
    // From 256 KB on, inputs are past the processor caches and strings on the large-object heap, so a linear step
    // pays the same per MB at every larger size (smaller inputs run faster per MB from cache). A quadratic step
    // grows 16 times from 256 KB to 4 MB; noise on a shared machine stays well under 4.
    private const double MaxGrowth = 4.0;
    private const int GrowthBaseKb = 256;
    private const int MinRuns = 3;
    private static readonly TimeSpan MinSampleTime = TimeSpan.FromMilliseconds(200);
    private static readonly int[] SizesKb = [1, 4, 16, 64, 256, 1024, 4096];

    public static int Run(string[] args)
    {
        var maxKb = IntOption(args, "--max-kb", 4096);
        var budget = TimeSpan.FromSeconds(IntOption(args, "--budget", 20));
        var only = Options(args, "--shape");
        var sizesKb = SizesKb.Where(s => s <= maxKb).ToArray();
        using var steps = new TextSteps();
        var shapes = PathologicalShape.All.Where(s => only.Count == 0 || only.Contains(s.Name)).ToList();

        Console.WriteLine($"time per MB (ms) of each text step, by input size; growth = ms/MB at the largest size ÷ at {GrowthBaseKb} KB");
        Console.WriteLine($"budget {budget.TotalSeconds:0} s per run (slower: larger sizes skipped)\n");
        // Regexes are compiled and code jitted on first use: do that on a small input so no step is timed with it.
        var warmUp = steps.Prepare(PathologicalShape.All[0].Build(1024));
        foreach (var step in steps.All)
            step.Run(warmUp);
        var failures = new List<string>();
        foreach (var shape in shapes)
        {
            Console.WriteLine($"{shape.Name}: {shape.Description}");
            Console.WriteLine($"  {"step",-13}" + string.Concat(sizesKb.Select(s => $"{Label(s),10}")) + $"{"growth",9}");
            var perMb = steps.All.ToDictionary(s => s.Name, _ => new Dictionary<int, double>());
            var slow = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kb in sizesKb)
            {
                var input = steps.Prepare(shape.Build(kb * 1024));
                foreach (var step in steps.All)
                {
                    if (slow.Contains(step.Name) || (step.Needs is { } need && slow.Contains(need)))
                    {
                        slow.Add(step.Name);
                        continue;
                    }
                    var elapsed = Time(step, input, budget);
                    perMb[step.Name][kb] = elapsed.TotalMilliseconds / (input.Bytes.Length / 1048576.0);
                    if (elapsed > budget)
                        slow.Add(step.Name);
                }
            }
            foreach (var step in steps.All)
            {
                var row = perMb[step.Name];
                var cells = sizesKb.Select(kb => row.TryGetValue(kb, out var ms) ? Figure(ms) : "skip");
                var growth = Growth(row, sizesKb);
                Console.WriteLine($"  {step.Name,-13}" + string.Concat(cells.Select(c => $"{c,10}")) + $"{(growth is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-"),9}");
                if (slow.Contains(step.Name) || growth > MaxGrowth)
                    failures.Add($"{shape.Name}/{step.Name}");
            }
            Console.WriteLine();
        }
        Console.WriteLine(failures.Count == 0 ? "every step stays linear" : "not linear: " + string.Join(", ", failures));
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// The fastest of several runs (at least <see cref="MinRuns"/>, and enough to fill <see cref="MinSampleTime"/>):
    /// on a machine shared with other work the fastest run is the one least disturbed by it.
    /// </summary>
    private static TimeSpan Time(TextStep step, PreparedInput input, TimeSpan budget)
    {
        input.BuildOutputOf(step.Needs); // untimed
        var total = Stopwatch.StartNew();
        var fastest = TimeSpan.MaxValue;
        var sink = 0;
        for (var runs = 0; runs < MinRuns || total.Elapsed < MinSampleTime; runs++)
        {
            var run = Stopwatch.StartNew();
            sink ^= step.Run(input);
            fastest = run.Elapsed < fastest ? run.Elapsed : fastest;
            // A run over budget is not repeated: its figure is already the answer.
            if (run.Elapsed > budget)
                break;
        }
        GC.KeepAlive(sink);
        return fastest;
    }

    private static double? Growth(Dictionary<int, double> row, int[] sizesKb)
    {
        var largest = sizesKb.Where(row.ContainsKey).DefaultIfEmpty(0).Max();
        // Below a tenth of a millisecond per MB the figures are timer noise (a step with nothing left to do).
        return largest > GrowthBaseKb && row.TryGetValue(GrowthBaseKb, out var baseline) && baseline >= 0.1 ? row[largest] / baseline : null;
    }

    private static string Figure(double ms) => ms >= 100 ? ms.ToString("N0", CultureInfo.InvariantCulture) : ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Label(int kb) => kb >= 1024 ? $"{kb / 1024} MB" : $"{kb} KB";

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static HashSet<string> Options(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToHashSet(StringComparer.Ordinal);
}
