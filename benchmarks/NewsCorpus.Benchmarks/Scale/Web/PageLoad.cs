using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace NewsCorpus.Benchmarks.Scale.Web;

/// <summary>
/// Asks the running site for each probe's pages: a warm-up (a second of requests), then one client asking in a loop, then four clients at
/// once, each for <c>seconds</c> (at least a few requests, at most 300 per client). Latency is to the last byte of
/// the page. The site's resident memory is sampled all along; its peak while four clients ask is reported.
/// </summary>
internal sealed class PageLoad(SiteProcess site, double seconds) : IDisposable
{
    private const int MaxPerClient = 300;
    private const int MaxWarmUp = 100;
    private const double WarmUpSeconds = 1;
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 16, AutomaticDecompression = DecompressionMethods.None })
    {
        BaseAddress = site.BaseAddress,
        Timeout = TimeSpan.FromMinutes(10),
    };
    private double _peakUnderLoad;

    public async Task MeasureAsync(PageProbe probe, ScaleFigures figures)
    {
        var key = "web." + probe.Name.Replace(' ', '-');
        var next = 0;
        string NextPath() => probe.Paths[Interlocked.Increment(ref next) % probe.Paths.Count];
        // Untimed until the page's code runs compiled for speed: tiered JIT recompiles a method after 30 calls, in the
        // background, so three requests timed the first probes' pages at tier 0 (an article page read 43-46 ms p50 at
        // 100k in the run, 14-17 ms once warm). A second of requests, at least three, at most a hundred.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 3 || (i < MaxWarmUp && warm.Elapsed.TotalSeconds < WarmUpSeconds); i++)
        {
            var (_, bytes, status) = await GetAsync(NextPath());
            figures.Set(key + ".kb", bytes / 1024.0);
            if (status != HttpStatusCode.OK)
                figures.Note(key, $"answered {(int)status}");
        }
        figures.SetLatencies(key + ".c1", await RunClientsAsync(1, NextPath));
        using var sampler = new CancellationTokenSource();
        var sampling = SampleAsync(sampler.Token);
        figures.SetLatencies(key + ".c4", await RunClientsAsync(4, NextPath));
        await sampler.CancelAsync();
        _peakUnderLoad = Math.Max(_peakUnderLoad, await sampling);
        figures.Set("web.rss.peak_under_load_mb", _peakUnderLoad);
    }

    /// <summary>Streams an export and counts its rows for at most <paramref name="budgetSeconds"/>: seconds per 10k rows.</summary>
    public async Task MeasureExportAsync(string path, double budgetSeconds, ScaleFigures figures)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long lines = 0;
        int read;
        var complete = true;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            if (clock.Elapsed.TotalSeconds > budgetSeconds)
            {
                complete = false;
                break;
            }
        }
        var rows = Math.Max(0, lines - 1);
        figures.Set("web.export.rows", rows);
        figures.Set("web.export.total", double.Parse(response.Headers.TryGetValues("X-Total-Count", out var total) ? total.First() : "0", CultureInfo.InvariantCulture));
        figures.Set("web.export.s_per_10k_rows", rows == 0 ? 0 : clock.Elapsed.TotalSeconds / rows * 10_000);
        if (!complete)
            figures.Note("web.export", $"stopped after {budgetSeconds} s");
    }

    private async Task<List<double>> RunClientsAsync(int clients, Func<string> nextPath)
    {
        var times = new List<double>();
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>();
            while (mine.Count < MaxPerClient && (mine.Count < 3 || deadline.Elapsed.TotalSeconds < seconds))
                mine.Add((await GetAsync(nextPath())).Milliseconds);
            lock (times)
                times.AddRange(mine);
        }));
        return times;
    }

    private async Task<(double Milliseconds, long Bytes, HttpStatusCode Status)> GetAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        return (clock.Elapsed.TotalMilliseconds, bytes, response.StatusCode);
    }

    private async Task<double> SampleAsync(CancellationToken stop)
    {
        var peak = 0.0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, ProcessMemory.CurrentMb(site.Pid));
                await Task.Delay(100, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // sampling ends with the load
        }
        return Math.Max(peak, ProcessMemory.CurrentMb(site.Pid));
    }

    public void Dispose() => _client.Dispose();
}
