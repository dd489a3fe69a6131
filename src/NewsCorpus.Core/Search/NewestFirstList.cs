using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// A list without words — a summit's, a month's, a facet's articles, newest first — read from each segment's date
/// order (<see cref="SegmentDateOrder"/>) with the facet selections checked from ordinal arrays
/// (<see cref="FacetSelection"/>): the page is the first matching documents of each segment's order, and the total is
/// counted over plain arrays in document order. No query runs and no postings are read, so a page of a summit holding
/// 366,000 of a million articles costs what its count does. Same hits, order and total as the search it replaces
/// (every hit of a list without words scores alike, so the order is date, then document).
/// </summary>
internal static class NewestFirstList
{
    /// <summary>A list's hits score 1, as those of its filter searched as a constant-score query do.</summary>
    private const float Score = 1f;

    /// <param name="searcher">The index.</param>
    /// <param name="filters">The request's facet filters, resolved to catalog ids.</param>
    /// <param name="from">First date (<c>yyyyMMdd</c>) kept; with <paramref name="to"/>, null for no bound. A bound leaves undated articles out.</param>
    /// <param name="to">Last date kept.</param>
    /// <param name="keep">How many of the first hits to return.</param>
    public static (int Total, ScoreDoc[] Hits) Read(IndexSearcher searcher, IReadOnlyList<FacetFilter> filters, int? from, int? to, int keep)
    {
        var selections = FacetSelection.Of(filters);
        var dated = from is not null || to is not null;
        var (low, high) = dated ? (Math.Max(from ?? 1, 1), to ?? int.MaxValue) : (0, int.MaxValue);
        var total = 0;
        var candidates = new List<(int Date, int Doc)>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            foreach (var selection in selections)
                selection.SetSegment(reader);
            var dates = SegmentDates.Of(reader);
            var order = SegmentDateOrder.Of(reader);
            var live = reader.LiveDocs;
            var (start, end) = (First(order, dates, high), low > 0 ? First(order, dates, low - 1) : order.Length);
            total += Count(reader, order, start, end, dates, low, high, selections);
            var taken = 0;
            for (var i = start; i < end && taken < keep; i++)
            {
                var doc = order[i];
                if ((live is null || live.Get(doc)) && PassesAll(selections, doc))
                {
                    candidates.Add((dates[doc], leaf.DocBase + doc));
                    taken++;
                }
            }
        }
        var hits = candidates.OrderByDescending(c => c.Date).ThenBy(c => c.Doc).Take(keep)
            .Select(c => (ScoreDoc)SearchCursor.SortedHit(c.Doc, Score, c.Date, byDate: true))
            .ToArray();
        return (total, hits);
    }

    /// <summary>
    /// How many live documents of the segment are dated within the bounds and pass the selections: without
    /// selections, those of the order's slice; for one value of one facet (a summit's list), the value's document
    /// count less its deleted documents; otherwise every document in document order, where the selections' arrays
    /// are read front to back (the order would read them at random).
    /// </summary>
    private static int Count(AtomicReader reader, int[] order, int start, int end, int[] dates, int low, int high, FacetSelection[] selections)
    {
        var live = reader.LiveDocs;
        var count = 0;
        if (selections.Length == 0)
        {
            if (live is null)
                return end - start;
            for (var i = start; i < end; i++)
            {
                if (live.Get(order[i]))
                    count++;
            }
            return count;
        }
        if (low == 0 && selections is [{ OnlyValue: { } value } only])
        {
            count = reader.DocFreq(new Term(only.Facet, value));
            for (var doc = 0; live is not null && doc < dates.Length; doc++)
            {
                if (!live.Get(doc) && only.Passes(doc))
                    count--;
            }
            return count;
        }
        for (var doc = 0; doc < dates.Length; doc++)
        {
            if (dates[doc] >= low && dates[doc] <= high && (live is null || live.Get(doc)) && PassesAll(selections, doc))
                count++;
        }
        return count;
    }

    private static bool PassesAll(FacetSelection[] selections, int doc)
    {
        foreach (var selection in selections)
        {
            if (!selection.Passes(doc))
                return false;
        }
        return true;
    }

    /// <summary>The first position in <paramref name="order"/> (newest first) whose date is not after <paramref name="high"/>.</summary>
    private static int First(int[] order, int[] dates, int high)
    {
        int lo = 0, hi = order.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dates[order[mid]] > high)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
