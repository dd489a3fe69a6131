using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Rebuilds the Lucene index from SQLite in one commit: readers keep the old index until the new one is complete,
/// and a writer killed or stopped part-way leaves the old index, which the next start repairs or rebuilds.
/// </summary>
public sealed class Reindexer(ArticleStore store, StoreMeta meta, SearchIndex index, ImportRuns runs)
{
    /// <summary>Rebuilds the whole index; returns the number of documents indexed.</summary>
    public int Rebuild(Action<int>? progress = null, CancellationToken cancellation = default)
    {
        // One writer: nothing changes the store between reading its sequence and reading its rows.
        var sequence = store.LastChangeSequence();
        return index.Rebuild(Articles(cancellation), sequence, meta.Get(StoreMeta.StoreId), progress);
    }

    internal int Run(ImportRun run, Action<RunProgress>? progress, CancellationToken cancellation)
    {
        var total = store.Count();
        runs.Start(run.Id, total, clearCounts: true);
        var count = Rebuild(done =>
        {
            runs.SetDone(run.Id, done);
            progress?.Invoke(new RunProgress(run, total, done, 0, []));
        }, cancellation);
        TestPause.At("reindex", 1);
        return count;
    }

    private IEnumerable<Ingestion.Article> Articles(CancellationToken cancellation)
    {
        foreach (var article in store.All())
        {
            cancellation.ThrowIfCancellationRequested();
            yield return article;
        }
    }
}
