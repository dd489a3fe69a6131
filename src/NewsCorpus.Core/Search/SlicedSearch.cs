using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsCorpus.Core.Parallelism;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Runs a search's one pass over the hits on every core when the cores are free: the index's segments are split into
/// slices of about equal size, each slice collected by its own collectors on its own thread, and the collectors added
/// together after (<see cref="PageCollection.Add"/>), so the result is the one pass over all segments would give.
/// </summary>
/// <remarks>
/// A word found in most of the archive spends most of its search collecting hits (70,000 at 100k articles); with one
/// person searching, the second core sat idle. When other searches are running the cores are already busy, and a
/// small index is collected faster than a thread is handed work: both are collected on the calling thread, as before.
/// </remarks>
internal static class SlicedSearch
{
    /// <summary>Below this many documents a search is collected on the calling thread.</summary>
    private const int MinDocuments = 20_000;

    private static int s_running;

    /// <summary>How many searches are collecting hits in this process now.</summary>
    internal static int Running => Volatile.Read(ref s_running);

    /// <summary>Collects <paramref name="query"/> into a new <see cref="PageCollection"/> (from <paramref name="make"/>), stopping when <paramref name="budget"/> is spent.</summary>
    /// <returns>The collection, and whether the budget ran out before every hit was collected.</returns>
    public static (PageCollection Collected, bool Partial) Run(IndexSearcher searcher, Query query, Func<PageCollection> make, SearchBudget budget)
    {
        var running = Interlocked.Increment(ref s_running);
        try
        {
            var slices = running == 1 && searcher.IndexReader.MaxDoc >= MinDocuments
                ? Slices(searcher.IndexReader.Leaves, Environment.ProcessorCount)
                : [];
            return Run(searcher, query, slices, make, budget);
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }
    }

    /// <summary>Collects each of <paramref name="slices"/> on a thread of its own; with fewer than two, the whole index on the calling thread.</summary>
    internal static (PageCollection Collected, bool Partial) Run(
        IndexSearcher searcher, Query query, List<List<AtomicReaderContext>> slices, Func<PageCollection> make, SearchBudget budget) =>
        slices.Count < 2 ? OnOneThread(searcher, query, make(), budget) : OnEveryCore(searcher, query, slices, make, budget);

    private static (PageCollection, bool) OnOneThread(IndexSearcher searcher, Query query, PageCollection whole, SearchBudget budget)
    {
        try
        {
            SegmentCollection.Search(searcher, query, budget.Limit(whole.Root));
            return (whole, false);
        }
        catch (SearchBudget.SpentException)
        {
            return (whole, true);
        }
    }

    private static (PageCollection, bool) OnEveryCore(
        IndexSearcher searcher, Query query, List<List<AtomicReaderContext>> slices, Func<PageCollection> make, SearchBudget budget)
    {
        // One weight for all slices, as Lucene's own searcher does when it searches segments in parallel.
        var weight = searcher.CreateNormalizedWeight(query);
        var parts = slices.Select(_ => make()).ToArray();
        // The calling thread takes a slice too, and every slice has finished (or failed) before this returns: the
        // searcher goes back to its manager then.
        var complete = ParallelWork.InOrder(Enumerable.Range(0, parts.Length).ToList(),
            i => Collect(slices[i], weight, budget.Limit(parts[i].Root)), parts.Length);
        foreach (var part in parts.Skip(1))
            parts[0].Add(part);
        return (parts[0], complete.Contains(false));
    }

    /// <summary>Collects a slice's segments (<see cref="SegmentCollection"/>); false when the budget ran out.</summary>
    private static bool Collect(List<AtomicReaderContext> slice, Weight weight, ICollector collector)
    {
        try
        {
            SegmentCollection.Collect(slice, weight, collector);
            return true;
        }
        catch (SearchBudget.SpentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The segments in at most <paramref name="count"/> slices of about equal documents (largest segment first into
    /// the smallest slice), each slice in index order; no empty slice.
    /// </summary>
    internal static List<List<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var slices = Enumerable.Range(0, Math.Max(1, Math.Min(count, leaves.Count))).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[slices.Count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            slices[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }
        foreach (var slice in slices)
            slice.Sort((a, b) => a.DocBase.CompareTo(b.DocBase));
        return [.. slices.Where(s => s.Count > 0)];
    }

}
