using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Lucene's concurrent merge scheduler, except that a merge that fails does not end the process. The stock one throws
/// the failure from its background thread, which .NET treats as unhandled: a site whose index folder was deleted under
/// it during an import stopped (s44). Here the failure is kept, and the writer's next commit reports it
/// (<see cref="TakeFailure"/>): the import run that was committing fails with the reason, resumable as any run, and the
/// site goes on serving. A failed merge loses nothing: its segments stay as they were, and Lucene removes its partial
/// files.
/// </summary>
internal sealed class ReportingMergeScheduler : ConcurrentMergeScheduler
{
    private Exception? _failure;

    protected override void HandleMergeException(Exception exc)
    {
        Interlocked.Exchange(ref _failure, exc);
        // As the stock scheduler does: a failure that is not transient (a full disk) would come straight back, so the
        // next merge waits a little instead of running in a busy loop.
        Thread.Sleep(250);
    }

    /// <summary>The latest failure of a background merge since the last call, or null.</summary>
    public Exception? TakeFailure() => Interlocked.Exchange(ref _failure, null);
}
