using System.Diagnostics;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// What an engine's import cost its process beyond the wall time: CPU time over all its threads, the garbage
/// collector's pauses and the bytes it allocated. A docs/s figure alone cannot say whether a change saved work or only
/// moved it to another core, nor how much of the time went to collecting what parsing and analysis allocate.
/// </summary>
internal readonly record struct ImportCost(TimeSpan Cpu, TimeSpan GcPause, long Allocated, int Gen0, int Gen1, int Gen2)
{
    /// <summary>This process's totals now; an import's cost is the difference between two of these.</summary>
    public static ImportCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new(process.TotalProcessorTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    /// <summary>
    /// Sets <c>ENGINE.import.cpu_ms_per_doc</c>, <c>.cores_busy</c> (CPU time ÷ wall time), <c>.gc_pause_share</c>
    /// (of the wall time), <c>.alloc_kb_per_doc</c> and <c>.gen2</c> (full collections) for the import since
    /// <paramref name="start"/>.
    /// </summary>
    public static void SetSince(ImportCost start, ScaleFigures figures, string engine, int docs, double wallSeconds)
    {
        var now = Now();
        var cpu = (now.Cpu - start.Cpu).TotalMilliseconds;
        figures.Set($"{engine}.import.cpu_ms_per_doc", cpu / Math.Max(1, docs));
        figures.Set($"{engine}.import.cores_busy", cpu / 1000 / wallSeconds);
        figures.Set($"{engine}.import.gc_pause_share", (now.GcPause - start.GcPause).TotalSeconds / wallSeconds);
        figures.Set($"{engine}.import.alloc_kb_per_doc", (now.Allocated - start.Allocated) / 1024.0 / Math.Max(1, docs));
        figures.Set($"{engine}.import.gen0", now.Gen0 - start.Gen0);
        figures.Set($"{engine}.import.gen1", now.Gen1 - start.Gen1);
        figures.Set($"{engine}.import.gen2", now.Gen2 - start.Gen2);
    }
}
