using System.Diagnostics;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Import;

/// <summary>
/// When an import or a reparse commits the search index: once <paramref name="seconds"/> have passed since the last
/// commit (after every batch when 0), and at the end of the run. Each batch is still one SQLite transaction, so
/// nothing stored is ever at risk: the index only lags the store by the batches staged since its last commit, and
/// records how far it is complete, so a writer killed meanwhile is caught up from the store by the next one.
/// Measured on 10,000 files: committing after every batch of 250 flushed small segments whose term dictionaries and
/// merges took about a fifth of the import's CPU.
/// </summary>
/// <param name="index">The index the run stages its batches in.</param>
/// <param name="seconds">The longest a stored batch may stay unsearchable (<see cref="NewsCorpusOptions.IndexCommitSeconds"/>).</param>
internal sealed class IndexCommitPace(SearchIndex index, int seconds)
{
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();

    /// <summary>After batch <paramref name="batch"/> was stored and staged: commits when it is time.</summary>
    public void AfterBatch(int batch)
    {
        if (_sinceCommit.Elapsed.TotalSeconds < seconds)
            return;
        Commit();
        TestPause.At("index-commit", batch);
    }

    /// <summary>
    /// Runs a run's <paramref name="batches"/>, then commits whatever they staged — also when the run is stopped
    /// between batches (the site shutting down), since everything staged is already stored. After any other failure
    /// the staged work is left to the writer's rollback and the next catch-up.
    /// </summary>
    public void Around(Action batches)
    {
        try
        {
            batches();
        }
        catch (OperationCanceledException)
        {
            Commit();
            throw;
        }
        Commit();
    }

    private void Commit()
    {
        index.CommitStaged();
        // The run's native memory freed since the last commit goes back to the system (see NativeHeap).
        NativeHeap.GiveFreeMemoryBack();
        _sinceCommit.Restart();
    }
}
