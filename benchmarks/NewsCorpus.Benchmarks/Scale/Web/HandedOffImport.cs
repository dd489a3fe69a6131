using System.Diagnostics;
using System.Text.Json;
using NewsCorpus.Benchmarks.Scale.Workers;

namespace NewsCorpus.Benchmarks.Scale.Web;

/// <summary>
/// The import an admin runs beside the live site: the site (as deployed) starts on an empty data folder and holds the
/// writer; the command line's Release build, <c>newscorpus import</c>, finds it there and hands it the corpus's paths
/// (whole folders where it can, as a person would give them: <see cref="ImportSources"/>), then follows the run to its
/// end. The site does the import in the process that serves the searches, so its memory is the figure an admin's
/// machine must hold. Both processes' memory is sampled all along; the store is deleted after.
/// </summary>
internal static class HandedOffImport
{
    public static async Task MeasureAsync(ScaleOptions options, ScaleCorpus corpus, string runDir, ScaleFigures figures)
    {
        var dataDir = Path.Combine(runDir, "handed-off");
        if (Directory.Exists(dataDir))
            Directory.Delete(dataDir, recursive: true);
        var catalogs = Path.Combine(options.RepoRoot, "data");
        try
        {
            using var site = await SiteProcess.StartAsync(options.RepoRoot, dataDir, catalogs, Path.Combine(runDir, "handed-off-site.log"), TimeSpan.FromMinutes(5));
            using var sitePeaks = new ProcessPeaks(site.Pid);
            var paths = ImportSources.Of(() => corpus.Files);
            Console.Error.WriteLine($"handed to the site: newscorpus import of {paths.Count:N0} paths …");
            var clock = Stopwatch.StartNew();
            var (summary, cliPeak) = await RunImportAsync(options.RepoRoot, dataDir, catalogs, paths, Path.Combine(runDir, "handed-off-cli.log"));
            var seconds = clock.Elapsed.TotalSeconds;
            var (rss, anonymous, fileBacked) = sitePeaks.Peaks();
            var imported = summary.GetProperty("imported").GetInt32();
            figures.Set("handoff.import.seconds", seconds);
            figures.Set("handoff.import.imported", imported);
            figures.Set("handoff.import.refused", summary.GetProperty("failed").GetArrayLength() + summary.GetProperty("skipped").GetArrayLength());
            figures.Set("handoff.import.docs_per_s", imported / seconds);
            figures.Set("handoff.import.peak_rss_mb", rss);
            figures.Set("handoff.import.peak_anon_mb", anonymous);
            figures.Set("handoff.import.peak_file_mb", fileBacked);
            figures.Set("handoff.cli.peak_rss_mb", cliPeak);
        }
        finally
        {
            if (Directory.Exists(dataDir))
                Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>Runs <c>newscorpus import --json</c> to its end: its summary and its own peak resident memory.</summary>
    private static async Task<(JsonElement Summary, double PeakMb)> RunImportAsync(string repoRoot, string dataDir, string catalogs, IReadOnlyList<string> paths, string log)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { SiteProcess.CommandLineProgram(repoRoot), "import", "--json", "--data-dir", dataDir, "--catalog-dir", catalogs })
            start.ArgumentList.Add(arg);
        foreach (var path in paths)
            start.ArgumentList.Add(path);
        SiteProcess.AsDeployed(start.Environment);
        using var cli = Process.Start(start) ?? throw new InvalidOperationException("newscorpus import could not be started");
        using var peaks = new ProcessPeaks(cli.Id);
        var output = cli.StandardOutput.ReadToEndAsync();
        await using (var errors = new StreamWriter(log, append: false))
        {
            while (await cli.StandardError.ReadLineAsync() is { } line)
                await errors.WriteLineAsync(line);
        }
        await cli.WaitForExitAsync();
        var peak = peaks.Peaks().Rss;
        var text = await output;
        // 1: the run finished but some files were refused (counted in the figures), or it did not finish (thrown below).
        if (cli.ExitCode is not (0 or 1) || !text.TrimStart().StartsWith('{'))
            throw new InvalidOperationException($"newscorpus import handed to the site ended with exit {cli.ExitCode}; see {log}\n{text}");
        if (cli.ExitCode == 1)
            Console.Error.WriteLine($"newscorpus import handed to the site refused some files or did not finish: see {log}");
        return (JsonDocument.Parse(text).RootElement.Clone(), peak);
    }
}
