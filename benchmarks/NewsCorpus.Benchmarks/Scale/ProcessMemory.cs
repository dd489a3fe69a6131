using System.Globalization;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// Resident memory from <c>/proc</c>: what a process holds now (VmRSS) and at most (VmHWM), in MB; and, sampled, the
/// most of it that was anonymous (the heaps: what the process itself needs) and file-backed (pages of memory-mapped
/// files, here Lucene's segments read by merges and searches, which the kernel can drop and read again).
/// </summary>
internal static class ProcessMemory
{
    private static double _peakAnonymous;
    private static double _peakFileBacked;
    private static Timer? _sampling;
    private static readonly Lock Gate = new();

    /// <summary>Starts sampling this process's anonymous and file-backed resident memory four times a second.</summary>
    public static void StartSampling() => _sampling ??= new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));

    /// <summary>The most anonymous and file-backed resident memory sampled so far, in MB (each at its own peak).</summary>
    public static (double Anonymous, double FileBacked) SampledPeaks()
    {
        Sample();
        return (Volatile.Read(ref _peakAnonymous), Volatile.Read(ref _peakFileBacked));
    }

    /// <summary>An engine's import peaks: <c>ENGINE.import.peak_rss_mb</c> (VmHWM), <c>.peak_anon_mb</c> and <c>.peak_file_mb</c>.</summary>
    public static void SetImportPeaks(ScaleFigures figures, string engine)
    {
        figures.Set($"{engine}.import.peak_rss_mb", PeakMb());
        var (anonymous, fileBacked) = SampledPeaks();
        figures.Set($"{engine}.import.peak_anon_mb", anonymous);
        figures.Set($"{engine}.import.peak_file_mb", fileBacked);
    }

    private static void Sample()
    {
        var (anonymous, fileBacked) = SplitMb();
        lock (Gate)
        {
            _peakAnonymous = Math.Max(_peakAnonymous, anonymous);
            _peakFileBacked = Math.Max(_peakFileBacked, fileBacked);
        }
    }

    public static double PeakMb(int pid = 0) => Read(pid, "VmHWM:");

    public static double CurrentMb(int pid = 0) => Read(pid, "VmRSS:");

    /// <summary>A process's anonymous and file-backed (with shared: the JIT's double-mapped code) resident memory now, in MB.</summary>
    public static (double Anonymous, double FileBacked) SplitMb(int pid = 0) =>
        (Read(pid, "RssAnon:"), Read(pid, "RssFile:") + Read(pid, "RssShmem:"));

    private static double Read(int pid, string field)
    {
        try
        {
            var status = File.ReadLines($"/proc/{(pid == 0 ? "self" : pid.ToString(CultureInfo.InvariantCulture))}/status");
            var line = status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0; // the process has ended
        }
    }

    /// <summary>Bytes of every file under <paramref name="path"/> (a folder) or of the file itself.</summary>
    public static long Bytes(string path) =>
        File.Exists(path) ? new FileInfo(path).Length
        : Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
        : 0;
}
