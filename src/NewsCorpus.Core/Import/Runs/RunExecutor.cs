namespace NewsCorpus.Core.Import.Runs;

/// <summary>
/// Works through one recorded run — an import, a reparse or a reindex — for whichever host holds the writer lock:
/// the site's background queue or a command-line verb. Marks it running, then done, failed or (when stopped)
/// interrupted, and removes its staging folder once it is finished.
/// </summary>
public sealed class RunExecutor(ImportRuns runs, Importer importer, Reparser reparser, Reindexer reindexer, string dataDir)
{
    /// <param name="run">A queued or interrupted run.</param>
    /// <param name="progress">Told after each committed batch.</param>
    /// <param name="whenCancelled">
    /// What a stopped run becomes: <see cref="RunStatus.Interrupted"/> (the site shutting down; the next writer
    /// resumes it) or <see cref="RunStatus.Failed"/> (a person cancelled it).
    /// </param>
    /// <param name="cancellation">Stops the run between batches.</param>
    /// <returns>The run's record as the run left it; an import's file outcomes are in the record (<see cref="ImportRuns.Files"/>).</returns>
    public ImportRun Execute(ImportRun run, Action<RunProgress>? progress = null, RunStatus whenCancelled = RunStatus.Interrupted,
        CancellationToken cancellation = default)
    {
        try
        {
            switch (run.Kind)
            {
                case RunKind.Import:
                    importer.Run(run, progress, cancellation);
                    break;
                case RunKind.Reparse:
                    reparser.Run(run, progress, cancellation);
                    break;
                case RunKind.Reindex:
                    reindexer.Run(run, progress, cancellation);
                    break;
            }
            runs.Finish(run.Id, RunStatus.Done);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            runs.Finish(run.Id, whenCancelled, whenCancelled == RunStatus.Failed ? "cancelled" : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            runs.Finish(run.Id, RunStatus.Failed, e.Message);
        }
        var finished = runs.Get(run.Id)!;
        if (finished.IsFinished)
            RunStaging.Remove(finished, dataDir);
        return finished;
    }
}
