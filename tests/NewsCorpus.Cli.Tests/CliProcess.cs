using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

/// <summary>Runs the built CLI as a real process, so exit codes and output are tested as users see them.</summary>
public sealed class CliProcess : IDisposable
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("newscorpus-cli-").FullName;

    public static string SampleArticles => Path.Combine(Core.RepoRoot.Find(), "data", "articles");

    public (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newscorpus.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(DataDir);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public JsonElement RunJson(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, $"exit {exit}: {error}");
        return JsonDocument.Parse(output).RootElement;
    }

    public void Dispose() => Directory.Delete(DataDir, recursive: true);
}
