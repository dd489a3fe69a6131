using System.Diagnostics;
using NewsCorpus.Core;
using NewsCorpus.Core.Import;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// <c>run-files-profile --list FILE</c>: what an import run holds for its files, by itself — the folders of the
/// listed files expanded as <see cref="Importer"/> expands a run's paths, then its pending files walked to the last
/// one (the names seen are then all held) — as managed heap after a full collection, with the seconds each took.
/// The scale benchmark's import peak includes this among everything else; this shows it alone, at any size.
/// </summary>
internal static class RunFilesProfile
{
    public static int Run(string[] args)
    {
        var list = ScaleOptions.Value(args, "--list") ?? throw new ArgumentException("run-files-profile needs --list FILE (one path a line)");
        var folders = File.ReadLines(list).Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal).ToList();
        var unpack = Path.Combine(Path.GetTempPath(), $"run-files-profile-{Environment.ProcessId}");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var refused = new List<ImportFileResult>();
        var files = new ImportPaths(unpack, new NewsCorpusOptions().Zip, long.MaxValue).Expand(folders, refused);
        var expanded = clock.Elapsed.TotalSeconds;
        var listed = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var resume = new ResumePoint(new Dictionary<string, int>());
        using var pending = resume.Pending(refused, files).GetEnumerator();
        var walked = 0;
        while (walked < files.Count + refused.Count && pending.MoveNext())
            walked++;
        var walkSeconds = clock.Elapsed.TotalSeconds;
        var held = GC.GetTotalMemory(forceFullCollection: true);
        // What the process keeps committed for it: free space left in the large-object heap by arrays outgrown stays.
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        Console.WriteLine($"{files.Count:N0} files in {folders.Count:N0} folders ({refused.Count:N0} not read): " +
            $"the run's list {Megabytes(listed - before):0.0} MB, with the names seen {Megabytes(held - before):0.0} MB " +
            $"(heap committed {Megabytes(committed):0.0} MB, large-object heap free {Megabytes(GC.GetGCMemoryInfo().GenerationInfo[3].FragmentationAfterBytes):0.0} MB); " +
            $"expanding {expanded:0.0} s, walking the pending files {walkSeconds:0.00} s");
        GC.KeepAlive(files);
        return 0;
    }

    private static double Megabytes(long bytes) => bytes / 1048576.0;
}
