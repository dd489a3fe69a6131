using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Ends a whole search from inside a collector that has what it needs (enough hits counted, enough matches walked):
/// Lucene's own <see cref="CollectionTerminatedException"/> only ends a segment, and the search goes on to the next.
/// </summary>
internal static class SearchEnd
{
    /// <summary>Runs the search; true when the collector ended it (<see cref="Signal"/>) before its last match.</summary>
    public static bool Run(IndexSearcher searcher, Query query, ICollector collector)
    {
        try
        {
            SegmentCollection.Search(searcher, query, collector);
            return false;
        }
        catch (EndedException)
        {
            return true;
        }
    }

    /// <summary>What a collector throws to end the search <see cref="Run"/> started.</summary>
    public static Exception Signal() => new EndedException();

    private sealed class EndedException() : Exception("The collector has what it needs: the search ends here.");
}
