using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace NewsCorpus.Deployment.Tests;

/// <summary>
/// The published site started as a real process on a free port with JSON console logs, and killed at the end.
/// Its address is read from its own "Now listening on" log entry.
/// </summary>
public sealed class RunningSite : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines;

    private RunningSite(Process process, ConcurrentQueue<string> lines, Uri address)
    {
        _process = process;
        _lines = lines;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }
    /// <summary>Everything the site logged so far, one JSON object a line.</summary>
    public IReadOnlyList<string> LogLines => [.. _lines];

    public static async Task<RunningSite> StartAsync(string executable, string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        var env = new Dictionary<string, string>(environment) { ["Logging__Console__FormatterName"] = "json" };
        var process = Process.Start(ProcessRun.Start(executable, workingDirectory, [.. args, "--urls", "http://127.0.0.1:0"], env))!;
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lines.Enqueue(e.Data);
            if (ListeningAddress(e.Data) is { } uri)
                address.TrySetResult(uri);
        };
        var errors = new ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) errors.Enqueue(e.Data); };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"the site exited: {string.Join('\n', errors)}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunningSite(process, lines, await address.Task.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>Asks <paramref name="path"/> until it answers 200, for start-up work that takes a while.</summary>
    public async Task<HttpResponseMessage> WaitForOkAsync(string path, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.IsSuccessStatusCode || DateTime.UtcNow > until)
                return response;
            await Task.Delay(250);
        }
    }

    private static Uri? ListeningAddress(string line)
    {
        if (!line.StartsWith('{'))
            return null;
        using var entry = JsonDocument.Parse(line);
        return entry.RootElement.TryGetProperty("State", out var state) && state.TryGetProperty("address", out var address)
            ? new Uri(address.GetString()!)
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
