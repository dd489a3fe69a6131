using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace NewsCorpus.Web.Tests.Auth;

/// <summary>The real CLI, built beside this test project, run as a second process against a running site's data folder.</summary>
public static class CliBesideTheSite
{
    private static string Dll
    {
        get
        {
            var configuration = typeof(CliBesideTheSite).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Core.RepoRoot.Find(), "src", "NewsCorpus.Cli", "bin", configuration, "net10.0", "newscorpus.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build the CLI first (it is built with this test project)", path);
        }
    }

    public static (int ExitCode, string Out, string Err) Run(string dataDir, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { Dll }.Concat(args).Concat(["--data-dir", dataDir]))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newscorpus {string.Join(' ', args)} did not finish in a minute");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
