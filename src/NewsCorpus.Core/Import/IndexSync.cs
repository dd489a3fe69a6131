using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;
using static System.FormattableString;

namespace NewsCorpus.Core.Import;

/// <summary>
/// How the index stands against the store: complete, missing the changes past the sequence it recorded (a writer
/// killed between a batch's SQLite commit and its index commit, or a lost index), or in need of a full rebuild
/// (another analysis chain or catalogs, another store's index, or an index ahead of its store) — or, after a write to
/// it failed (<paramref name="WriteFailed"/>, <see cref="SearchIndex.NeedsRecovery"/>), behind until it has gone back
/// to its last commit and caught up from there.
/// </summary>
public sealed record IndexState(bool NeedsRebuild, long MissingChanges, string? Reason, bool WriteFailed = false)
{
    public bool IsCurrent => !NeedsRebuild && MissingChanges == 0;

    /// <summary>One sentence for people, or null when the index is current.</summary>
    public string? Describe() => NeedsRebuild
        ? $"the search index must be rebuilt: {Reason}"
        : WriteFailed ? $"the search index is behind the store: {Reason}"
        : MissingChanges > 0 ? Invariant($"the search index is behind the store by {MissingChanges:N0} change(s)") : null;
}

/// <summary>Compares the index with the store by change sequence, and repairs exactly what the index is missing.</summary>
public static class IndexSync
{
    public static IndexState Check(SearchIndex index, ArticleStore store, string? storeId)
    {
        var last = store.LastChangeSequence();
        if (index.NeedsRecovery)
            return new IndexState(false, Math.Max(1, last - index.IndexedSequence), "a write to it failed; it goes back to its last commit and catches up from the store", WriteFailed: true);
        if (!index.AnalysisIsCurrent)
            return new IndexState(true, 0, "it was analyzed with other rules or catalogs");
        if (!index.IsNew && (index.StoreId is null || index.StoreId != storeId))
            return new IndexState(true, 0, "it was built from another store, or before the index recorded its store");
        if (index.IndexedSequence > last)
            return new IndexState(true, 0, "it holds changes the store does not (was the store restored from a backup?)");
        return new IndexState(false, last - index.IndexedSequence, null);
    }

    /// <summary>
    /// Indexes the articles written after the sequence the index recorded, and deletes those removed since, in one
    /// commit; returns how many were indexed. A new
    /// index is first recorded as this store's.
    /// </summary>
    public static int CatchUp(SearchIndex index, ArticleStore store, string storeId)
    {
        if (index.StoreId is null)
            index.Adopt(storeId);
        var last = store.LastChangeSequence();
        if (index.IndexedSequence >= last)
            return 0;
        var count = 0;
        index.Index(Counted(store.ChangedSince(index.IndexedSequence)), index.IndexedSequence, last,
            store.Removals.RemovedSince(index.IndexedSequence));
        return count;

        IEnumerable<Ingestion.Article> Counted(IEnumerable<Ingestion.Article> articles)
        {
            foreach (var article in articles)
            {
                count++;
                yield return article;
            }
        }
    }
}
