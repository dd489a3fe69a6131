namespace NewsCorpus.Core.Import.Runs;

/// <summary>What a run does: import files, parse the stored articles again, or rebuild the index.</summary>
public enum RunKind
{
    Import,
    Reparse,
    Reindex,
}

/// <summary>
/// Where a run is: waiting in the queue, being worked on, finished, failed, or interrupted (its writer was killed
/// or stopped; the next writer finishes it).
/// </summary>
public enum RunStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Interrupted,
}

/// <summary>
/// One import, reparse or reindex as recorded in SQLite (<c>import_runs</c>): who asked for it, from what, and how
/// far it got. Counts move with each committed batch, so a run read while it works shows live progress.
/// </summary>
/// <param name="Id">A time-ordered id (a version 7 GUID in hex).</param>
/// <param name="Kind">Import, reparse or reindex.</param>
/// <param name="RequestedBy">Who asked: a user name, <c>cli</c>, <c>site</c> (first-start work).</param>
/// <param name="Source">What a person reads: the folders, "3 uploaded files", "catalogs changed".</param>
/// <param name="Paths">The files and folders an import reads.</param>
/// <param name="StagingDir">A folder under the data folder holding the run's uploads and unpacked archives, removed when it finishes.</param>
/// <param name="Status">Queued, running, done, failed or interrupted.</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="StartedAt">When its writer last started (or resumed) it.</param>
/// <param name="FinishedAt">When it finished or failed.</param>
/// <param name="Total">Files (imports) or articles (reparse, reindex) to go through.</param>
/// <param name="Done">How many of them are committed.</param>
/// <param name="Imported">New articles.</param>
/// <param name="Updated">Changed articles (for a reparse: articles whose parse changed).</param>
/// <param name="Unchanged">Files or articles that were already as stored.</param>
/// <param name="Failed">Files refused so far.</param>
/// <param name="Error">Why the run failed, when it did.</param>
public sealed record ImportRun(
    string Id, RunKind Kind, string RequestedBy, string Source, IReadOnlyList<string> Paths, string? StagingDir,
    RunStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int Total, int Done, int Imported, int Updated, int Unchanged, int Failed, string? Error)
{
    /// <summary>True once the run is done or failed: nothing more will happen to it.</summary>
    public bool IsFinished => Status is RunStatus.Done or RunStatus.Failed;

    /// <summary>Files (or articles) per second since the run last started, or 0 before it did.</summary>
    public double PerSecond(DateTimeOffset now)
    {
        if (StartedAt is not { } started)
            return 0;
        var seconds = ((FinishedAt ?? now) - started).TotalSeconds;
        return seconds <= 0 ? 0 : Done / seconds;
    }
}

/// <summary>One file's outcome in a run, in the order the run went through them.</summary>
public sealed record RunFile(int Position, string File, ImportOutcome Outcome, string? ArticleId, string? Error);
