using System.Diagnostics;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// Once the site listens and its start-up work is done, runs <see cref="SearchWarmUp"/> on a thread of its own for at
/// most <c>NewsCorpus:SearchWarmUpSeconds</c> (0: never), so the first people to search after a start get the
/// search's final speed rather than its first JIT tier's. Pages serve and report ready throughout.
/// </summary>
public sealed partial class SearchWarmUpService(
    NewsCorpus.Core.Corpus corpus, StartupImport startup, IHostApplicationLifetime lifetime, ILogger<SearchWarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var budget = TimeSpan.FromSeconds(Math.Max(0, corpus.Options.SearchWarmUpSeconds));
        if (budget == TimeSpan.Zero)
            return;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(false);
        }
        await startup.Completed.WaitAsync(stoppingToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var runs = await Task.Factory.StartNew(() => SearchWarmUp.Run(corpus.Searcher, corpus.Index, budget, stoppingToken),
            stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        if (runs > 0)
            LogWarmedUp(runs, clock.Elapsed.TotalSeconds);
    }

    [LoggerMessage(EventId = 1140, Level = LogLevel.Information, Message = "Search warmed up: {Searches} searches in {Seconds:0.0} s")]
    private partial void LogWarmedUp(int searches, double seconds);
}
