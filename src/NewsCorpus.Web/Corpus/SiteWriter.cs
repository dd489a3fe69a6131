using System.Threading.Channels;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// The site's one writer: a background service owning a channel of runs (imports, reparses, reindexes). Requests
/// only record a run and enqueue it; this loop works through them one at a time with the same
/// <see cref="RunExecutor"/> the command line uses, on its own thread, while pages keep serving from the index's
/// last commit (refreshed after every batch). On start it first brings the index up to date, then resumes the runs
/// earlier writers left unfinished, then the first-start work (<see cref="StartupImport"/>). On shutdown the run
/// in flight stops after its batch and is resumed at the next start. After a run or an edit fails on the index it
/// recovers the index from the store between runs (<see cref="RecoverIndexIfNeeded"/>).
/// </summary>
public sealed partial class SiteWriter(NewsCorpus.Core.Corpus corpus, StartupImport startup, ILogger<SiteWriter> logger) : BackgroundService
{
    private readonly Channel<string> _runs = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<Action> _edits = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    // Counts what was queued on either channel, so the loop sleeps until there is a run or an edit.
    private readonly SemaphoreSlim _work = new(0);
    /// <summary>How long the writer waits before trying again to recover an index it could not (a disk still full).</summary>
    internal static readonly TimeSpan RecoveryRetry = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs an editor's act (<see cref="NewsCorpus.Core.Corpus.Editor"/>) on the writer's thread — between two
    /// batches of a running import or reparse, or at once when the writer is idle — and completes with its result
    /// or its exception. One thread writes, so the store's change sequences and the index's commits stay in step.
    /// </summary>
    public Task<T> EditAsync<T>(Func<NewsCorpus.Core.Corpus, T> edit)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _edits.Writer.TryWrite(() =>
        {
            try
            {
                completion.SetResult(edit(corpus));
            }
#pragma warning disable CA1031 // The exception is not swallowed: it is handed to the request waiting for the edit.
            catch (Exception e)
#pragma warning restore CA1031
            {
                completion.SetException(e);
            }
        });
        _work.Release();
        return completion.Task;
    }

    private void ApplyEdits()
    {
        while (_edits.Reader.TryRead(out var edit))
            edit();
    }

    /// <summary>
    /// Records an import of <paramref name="paths"/> (uploads staged in <paramref name="stagingDir"/>, with the files
    /// refused while they were received) and queues it.
    /// </summary>
    public ImportRun EnqueueImport(string requestedBy, string source, IReadOnlyList<string> paths, string? stagingDir = null,
        IReadOnlyList<ImportFileResult>? refused = null)
    {
        var run = corpus.Runs.Create(RunKind.Import, requestedBy, source, paths, stagingDir);
        corpus.Runs.RecordRefused(run.Id, refused ?? []);
        return Enqueue(run);
    }

    /// <summary>Records a reparse or a reindex and queues it.</summary>
    public ImportRun EnqueueMaintenance(RunKind kind, string requestedBy, string source) =>
        Enqueue(corpus.Runs.Create(kind, requestedBy, source));

    private ImportRun Enqueue(ImportRun run)
    {
        _runs.Writer.TryWrite(run.Id);
        _work.Release();
        return run;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Work(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Work(CancellationToken stoppingToken)
    {
        var startupRuns = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var run in startup.Plan(corpus))
                startupRuns.Add(Enqueue(run).Id);
            if (startupRuns.Count == 0)
                startup.MarkCompleted();
            while (!stoppingToken.IsCancellationRequested)
            {
                _work.Wait(corpus.Index.NeedsRecovery ? RecoveryRetry : Timeout.InfiniteTimeSpan, stoppingToken);
                ApplyEdits();
                RecoverIndexIfNeeded(stoppingToken);
                if (!_runs.Reader.TryRead(out var id))
                    continue;
                if (corpus.Runs.Get(id) is { IsFinished: false } run)
                    Execute(run, stoppingToken);
                if (startupRuns.Remove(id) && startupRuns.Count == 0)
                    startup.MarkCompleted();
                RecoverIndexIfNeeded(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: runs still queued stay queued in SQLite and are taken up at the next start.
        }
        finally
        {
            startup.MarkCompleted();
        }
    }

    private void Execute(ImportRun run, CancellationToken stoppingToken)
    {
        LogStarting(run.Kind, run.Id, run.Source, run.RequestedBy);
        try
        {
            // Edits wait for the end of the batch in flight, never for the whole run; a reindex reports progress in
            // the middle of its one uncommitted rebuild, so edits wait for its end.
            Action<RunProgress>? betweenBatches = run.Kind == RunKind.Reindex ? null : _ => ApplyEdits();
            var finished = corpus.RunExecutor.Execute(run, betweenBatches, RunStatus.Interrupted, stoppingToken);
            LogFinished(finished.Kind, finished.Id, finished.Status, finished.Done, finished.Imported, finished.Updated, finished.Failed, finished.Error);
        }
#pragma warning disable CA1031 // One bad run must not stop the site's writer: it is recorded as failed and the queue goes on.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogCrashed(e, run.Kind, run.Id);
            corpus.Runs.Finish(run.Id, RunStatus.Failed, $"the site's writer stopped on an unexpected error: {e.Message}");
        }
    }

    /// <summary>
    /// After a run or an edit failed on the index (<see cref="NewsCorpus.Core.Search.SearchIndex.NeedsRecovery"/>),
    /// between runs (never inside one, whose staged batches going back to the last commit would drop): takes the index
    /// back to its last commit, or to a new one when its folder is gone, and catches it up from the store
    /// (<see cref="NewsCorpus.Core.Corpus.RepairIndex"/>), so the site is ready again without a restart. Searches read
    /// the commit they had meanwhile; the readiness check reports the index behind from the failed write on. When the
    /// repair fails too, it is tried again before the next run and every <see cref="RecoveryRetry"/>.
    /// </summary>
    private void RecoverIndexIfNeeded(CancellationToken stoppingToken)
    {
        if (!corpus.Index.NeedsRecovery)
            return;
        try
        {
            var found = corpus.RepairIndex(cancellation: stoppingToken);
            LogRecovered(found.Describe() ?? "it was current");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The site serves on with the commit it has; the recovery is tried again later.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogRecoveryFailed(e, RecoveryRetry.TotalSeconds);
        }
    }

    public override void Dispose()
    {
        _work.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting {Kind} run {Id} ({Source}), asked by {RequestedBy}")]
    private partial void LogStarting(RunKind kind, string id, string source, string requestedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} run {Id} {Status}: {Done} done, {Imported} imported, {Updated} updated, {Failed} refused {Error}")]
    private partial void LogFinished(RunKind kind, string id, RunStatus status, int done, int imported, int updated, int failed, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} run {Id} failed on an unexpected error")]
    private partial void LogCrashed(Exception e, RunKind kind, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index was recovered from the store after a failed run or edit (found: {Found})")]
    private partial void LogRecovered(string found);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not be recovered from the store; trying again in {Seconds} s or before the next run")]
    private partial void LogRecoveryFailed(Exception e, double seconds);
}
