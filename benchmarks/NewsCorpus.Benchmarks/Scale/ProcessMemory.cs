using System.Globalization;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>Resident memory from <c>/proc</c>: what a process holds now (VmRSS) and at most (VmHWM), in MB.</summary>
internal static class ProcessMemory
{
    public static double PeakMb(int pid = 0) => Read(pid, "VmHWM:");

    public static double CurrentMb(int pid = 0) => Read(pid, "VmRSS:");

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
