using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

/// <summary>Runs the built CLI as a real process, so exit codes and output are tested as users see them.</summary>
public sealed class CliProcess : IDisposable
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("newscorpus-cli-").FullName;

    public static string SampleArticles => Path.Combine(Core.RepoRoot.Find(), "data", "articles");

    /// <summary>The built CLI, to be run with <c>dotnet</c>.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "newscorpus.dll");

    public (int ExitCode, string Out, string Err) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs the CLI with <paramref name="input"/> piped to its standard input (as <c>echo ... | newscorpus</c> would).</summary>
    public (int ExitCode, string Out, string Err) RunWithInput(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = input is not null,
            StandardInputEncoding = input is null ? null : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(DataDir);
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
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
