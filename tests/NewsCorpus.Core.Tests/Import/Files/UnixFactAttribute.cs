using System.Diagnostics;
using Mono.Unix.Native;

namespace NewsCorpus.Core.Tests.Import.Files;

/// <summary>A test of Unix file types (pipes, devices, permissions): skipped, with the reason, on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
            Skip = "named pipes, device links and Unix permissions do not exist on Windows";
    }
}

/// <summary>A test of a permission refusal: skipped when run as root, whom permissions do not stop.</summary>
public sealed class UnixNonRootFactAttribute : FactAttribute
{
    public UnixNonRootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
            Skip = "Unix permissions do not exist on Windows";
        else if (Syscall.geteuid() == 0)
            Skip = "running as root, whom a folder's permissions do not stop: run the suite as an ordinary user to check unreadable folders";
    }
}

/// <summary>Runs a Unix tool (mkfifo, bash) as the tests' way to make what .NET cannot: pipes, very deep folders.</summary>
internal static class UnixTool
{
    public static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
    }
}
