using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NewsCorpus.Benchmarks.Scale.Web;

/// <summary>
/// The real web app (its Release build) serving a data folder on a free loopback port, as a child process: started,
/// waited for until <c>/readyz</c> answers 200 (the start-up time), and killed when disposed. Its output goes to a log
/// file beside the data folder.
/// </summary>
internal sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private SiteProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public int Pid => _process.Id;
    /// <summary>Seconds from starting the process to the first 200 from <c>/readyz</c>.</summary>
    public double StartupSeconds { get; private set; }

    /// <summary>The Release build of the site, built by <see cref="Build"/>.</summary>
    public static string Program(string repoRoot) =>
        Path.Combine(repoRoot, "src", "NewsCorpus.Web", "bin", "Release", "net10.0", "NewsCorpus.Web.dll");

    /// <summary>The Release build of the command line (<c>newscorpus</c>), built by <see cref="Build"/>.</summary>
    public static string CommandLineProgram(string repoRoot) =>
        Path.Combine(repoRoot, "src", "NewsCorpus.Cli", "bin", "Release", "net10.0", "newscorpus.dll");

    public static void Build(string repoRoot)
    {
        foreach (var (name, project) in new[] { ("the site", "NewsCorpus.Web"), ("the command line", "NewsCorpus.Cli") })
        {
            Console.Error.WriteLine($"building {name} (Release) …");
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q",
                Path.Combine(repoRoot, "src", project, project + ".csproj")]) { RedirectStandardOutput = true })!;
            var output = build.StandardOutput.ReadToEnd();
            build.WaitForExit();
            if (build.ExitCode != 0)
                throw new InvalidOperationException($"{name} did not build:\n" + output);
        }
    }

    /// <summary>
    /// The runtime settings deploy/newscorpus.service and the Containerfile give the site and the command line, which
    /// the runtime reads from the environment only: the figures include what they cost and save.
    /// </summary>
    public static void AsDeployed(IDictionary<string, string?> environment)
    {
        environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        environment["DOTNET_GCgen0size"] = "0x2000000";
    }

    public static async Task<SiteProcess> StartAsync(string repoRoot, string dataDir, string catalogDir, string logFile, TimeSpan readyWithin)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet", [Program(repoRoot), "--data-dir", dataDir, "--catalog-dir", catalogDir,
            "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dataDir)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["NewsCorpus__ArticlesDir"] = "";
        AsDeployed(start.Environment);
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("the site could not be started");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, log, baseAddress);
        try
        {
            using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            while (true)
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"the site stopped while starting (exit {process.ExitCode}); see {logFile}");
                if (clock.Elapsed > readyWithin)
                    throw new TimeoutException($"the site was not ready within {readyWithin}; see {logFile}");
                try
                {
                    using var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative));
                    if (ready.StatusCode == HttpStatusCode.OK)
                        break;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(20);
            }
            site.StartupSeconds = clock.Elapsed.TotalSeconds;
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(30_000);
        }
        _process.Dispose();
        _log.Dispose();
    }
}
