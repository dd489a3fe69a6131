using System.Diagnostics;
using System.Text;

namespace NewsCorpus.Deployment.Tests;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs real processes (dotnet, the published apps, the installed tool) as a person would, from a chosen folder.</summary>
public static class ProcessRun
{
    /// <summary>A start description whose environment is clean of the test host's MSBuild and test-platform variables.</summary>
    public static ProcessStartInfo Start(string fileName, string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        return start;
    }

    public static ProcessResult Run(string fileName, string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        using var process = Process.Start(Start(fileName, workingDirectory, args, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a dotnet SDK command (publish, pack, tool install) and fails the test with its output if it fails.</summary>
    public static ProcessResult Dotnet(string workingDirectory, params string[] args)
    {
        var result = Run("dotnet", workingDirectory, args);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed: {result}");
        return result;
    }
}
