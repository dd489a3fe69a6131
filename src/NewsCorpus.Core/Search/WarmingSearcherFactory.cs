using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Makes each new searcher (at start and after every refresh) ready before it serves: one sorted, faceted search runs
/// over every segment, so the first user after a commit or a restart does not pay for loading the sort, facet and
/// date values (nor the first request for compiling the search path). Those values belong to the segment, so a
/// refresh after a commit only loads the new segments'.
/// </summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var searcher = base.NewSearcher(reader);
        // A search that matches nothing still visits every segment: each collector loads the segment's dates, facet
        // ordinals and months there (SetNextReader), and the code path is compiled.
        var top = new TopHitsCollector(1, byDate: true);
        searcher.Search(new TermQuery(new Term(IndexFields.Id, "")),
            MultiCollector.Wrap(top, new FacetCollector(IndexFields.Facets), new DateHistogramCollector()));
        // Lists without words read each segment's date order; sorting a large merged segment is best done here.
        foreach (var leaf in reader.Leaves)
            SegmentDateOrder.Of(leaf.AtomicReader);
        return searcher;
    }
}
