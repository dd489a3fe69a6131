using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

/// <summary>Runs the built CLI as a real process, so exit codes and output are tested as users see them.</summary>
public sealed class CliProcess : IDisposable
{
    public CliProcess()
        : this(Directory.CreateTempSubdirectory("newscorpus-cli-").FullName)
    {
    }

    /// <summary>The CLI over an existing data folder (deleted with this).</summary>
    public CliProcess(string dataDir) => DataDir = dataDir;

    public string DataDir { get; }

    public static string SampleArticles => Path.Combine(Core.RepoRoot.Find(), "data", "articles");

    /// <summary>The built CLI, to be run with <c>dotnet</c>.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "newscorpus.dll");

    public (int ExitCode, string Out, string Err) Run(params string[] args) => Start(null, NoEnvironment, args, dataDir: true);

    /// <summary>Runs the CLI with environment variables set (or, set to "", cleared) for it.</summary>
    public (int ExitCode, string Out, string Err) Run(string[] args, Dictionary<string, string> environment) =>
        Start(null, environment.ToDictionary(e => e.Key, e => (string?)e.Value), args, dataDir: true);

    /// <summary>Runs the CLI with <paramref name="input"/> piped to its standard input (as <c>echo ... | newscorpus</c> would).</summary>
    public (int ExitCode, string Out, string Err) RunWithInput(string? input, params string[] args) => Start(input, NoEnvironment, args, dataDir: true);

    /// <summary>Runs exactly <paramref name="args"/>, for what takes no other option (<c>--version</c>, <c>[suggest]</c>).</summary>
    public (int ExitCode, string Out, string Err) RunWithoutDataDir(params string[] args) => Start(null, NoEnvironment, args, dataDir: false);

    /// <summary>Runs with extra environment variables (a null value removes one).</summary>
    public (int ExitCode, string Out, string Err) RunWith(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        Start(null, environment, args, dataDir: true);

    private static readonly Dictionary<string, string?> NoEnvironment = [];

    private (int ExitCode, string Out, string Err) Start(string? input, IReadOnlyDictionary<string, string?> environment, string[] args, bool dataDir)
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
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        if (dataDir)
        {
            start.ArgumentList.Add("--data-dir");
            start.ArgumentList.Add(DataDir);
        }
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
