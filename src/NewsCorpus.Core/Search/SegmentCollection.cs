using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// What <see cref="IndexSearcher.Search(Query, ICollector)"/> does for each segment, with one difference: a segment
/// where the query can match only a few documents is walked in document order, even for a collector that takes
/// hits in any order.
/// </summary>
/// <remarks>
/// For such a collector Lucene.Net scores a disjunction with its <c>BooleanScorer</c>, which allocates a table of
/// 2,048 buckets for every segment it is given — also where none of the query's terms occurs. A word found in a few
/// dozen of 100,000 articles spent more on those tables than on finding its hits (0.3 ms of a 0.4 ms collection;
/// a word found nowhere, as much). Where a segment could hold many hits the table pays for itself, and is kept.
/// </remarks>
internal static class SegmentCollection
{
    /// <summary>Below this many possible matches in a segment (the scorer's cost), its hits are walked in order.</summary>
    internal const long MaxCostInOrder = 2_048;

    /// <summary>Collects <paramref name="query"/> over the whole index.</summary>
    public static void Search(IndexSearcher searcher, Query query, ICollector collector) =>
        Collect(searcher.IndexReader.Leaves, searcher.CreateNormalizedWeight(query), collector);

    /// <summary>Collects <paramref name="weight"/>'s hits in <paramref name="segments"/>, one after the other.</summary>
    public static void Collect(IEnumerable<AtomicReaderContext> segments, Weight weight, ICollector collector)
    {
        foreach (var segment in segments)
        {
            collector.SetNextReader(segment);
            try
            {
                ScorerFor(weight, segment, collector)?.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector wants no more hits of this segment.
            }
        }
    }

    /// <summary>The bulk scorer Lucene would choose, or the in-order walk where the segment can hold only a few hits.</summary>
    internal static BulkScorer? ScorerFor(Weight weight, AtomicReaderContext segment, ICollector collector)
    {
        var liveDocs = segment.AtomicReader.LiveDocs;
        if (!collector.AcceptsDocsOutOfOrder || !weight.ScoresDocsOutOfOrder)
            return weight.GetBulkScorer(segment, scoreDocsInOrder: !collector.AcceptsDocsOutOfOrder, liveDocs);
        // The in-order scorer is made to ask its cost; where the segment holds many hits it is dropped for Lucene's
        // (a few postings opened twice per segment, against a 2,048-bucket table saved where it holds few).
        if (weight.GetScorer(segment, liveDocs) is not { } inOrder)
            return null;
        return inOrder.GetCost() < MaxCostInOrder
            ? new InOrder(inOrder)
            : weight.GetBulkScorer(segment, scoreDocsInOrder: false, liveDocs);
    }

    /// <summary>Every match of a scorer, in document order (Lucene's own <c>DefaultBulkScorer</c> is internal).</summary>
    internal sealed class InOrder(Scorer scorer) : BulkScorer
    {
        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(scorer);
            var doc = scorer.DocID < 0 ? scorer.NextDoc() : scorer.DocID;
            for (; doc < max; doc = scorer.NextDoc())
                collector.Collect(doc);
            return doc != DocIdSetIterator.NO_MORE_DOCS;
        }
    }
}
