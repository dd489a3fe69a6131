using System.Diagnostics;
using NewsCorpus.Core.Search;
using NewsCorpus.Web.Operations;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// Once the site listens and its start-up work is done, runs <see cref="SearchWarmUp"/> on a thread of its own for at
/// most <c>NewsCorpus:SearchWarmUpSeconds</c> (0: never), so the first people to search after a start get the
/// search's final speed rather than its first JIT tier's. It stops at the first request someone makes (health probes
/// aside): from then on the cores are theirs. Pages serve and report ready throughout.
/// </summary>
public sealed partial class SearchWarmUpService(
    NewsCorpus.Core.Corpus corpus, StartupImport startup, IHostApplicationLifetime lifetime, ILogger<SearchWarmUpService> logger) : BackgroundService
{
    private readonly CancellationTokenSource _someoneArrived = new();

    /// <summary>True once a request other than a health probe has come in: the warm-up has stopped, or will not start.</summary>
    public bool HasStopped => _someoneArrived.IsCancellationRequested;

    /// <summary>Stops the warm-up (a request came in); cheap enough for every request.</summary>
    public void SomeoneArrived()
    {
        if (!_someoneArrived.IsCancellationRequested)
            _someoneArrived.Cancel();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var budget = TimeSpan.FromSeconds(Math.Max(0, corpus.Options.SearchWarmUpSeconds));
        if (budget == TimeSpan.Zero)
            return;
        try
        {
            await WhenStarted(stoppingToken).ConfigureAwait(false);
            await startup.Completed.WaitAsync(stoppingToken).ConfigureAwait(false);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _someoneArrived.Token);
            var clock = Stopwatch.StartNew();
            var runs = await Task.Factory.StartNew(() => SearchWarmUp.Run(corpus.Searcher, corpus.Index, budget, stop.Token),
                stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
            if (runs > 0)
                LogWarmedUp(runs, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site stopped first (a port in use, a shutdown during start-up): there is nothing to warm.
        }
    }

    private async Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _someoneArrived.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 1140, Level = LogLevel.Information, Message = "Search warmed up: {Searches} searches in {Seconds:0.0} s")]
    private partial void LogWarmedUp(int searches, double seconds);
}

/// <summary>Tells the <see cref="SearchWarmUpService"/> when someone (not a health probe) makes a request.</summary>
public static class SearchWarmUpMiddleware
{
    public static IApplicationBuilder UseSearchWarmUpStop(this IApplicationBuilder app)
    {
        var warmUp = app.ApplicationServices.GetRequiredService<SearchWarmUpService>();
        return app.Use((context, next) =>
        {
            if (!HealthEndpoints.IsProbe(context.Request.Path))
                warmUp.SomeoneArrived();
            return next(context);
        });
    }
}
