using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Facet counts as faceted-search users expect them (Elasticsearch's post-filter, Lucene's DrillSideways), in the same
/// pass as the page: the query runs without its facet selections, and each hit is checked against every facet's
/// selection from the segment's ordinal arrays (<see cref="SegmentFacetOrdinals"/>). A hit that passes them all goes
/// to the page's collectors and counts for every chosen facet; a hit that fails exactly one facet's selection counts
/// only for that facet, so the values beside the chosen ones keep their counts and can be added. It replaces a second
/// search per chosen facet (a year chosen on a word in 70,000 articles collected 112,000 hits in two passes; now 70,000).
/// </summary>
internal sealed class DrillSidewaysCollector : ICollector
{
    private readonly ICollector _page;
    private readonly FacetSelection[] _selections;
    private readonly FacetCollector?[] _sideways;

    /// <param name="page">Gets the hits that pass every selection (top hits, facet counts, months).</param>
    /// <param name="filters">The request's facet filters, resolved to catalog ids.</param>
    public DrillSidewaysCollector(ICollector page, IEnumerable<FacetFilter> filters)
    {
        _page = page;
        _selections = FacetSelection.Of(filters);
        // A selection on a facet that is not counted still filters, but has no counts to keep.
        _sideways = [.. _selections.Select(s => IndexFields.Facets.Contains(s.Facet) ? new FacetCollector([s.Facet]) : null)];
    }

    public bool AcceptsDocsOutOfOrder => _page.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _page.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _page.SetNextReader(context);
        foreach (var selection in _selections)
            selection.SetSegment(context.AtomicReader);
        foreach (var sideways in _sideways)
            sideways?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var s = 0; s < _selections.Length; s++)
        {
            if (_selections[s].Passes(doc))
                continue;
            if (failed >= 0)
                return; // fails two selections: counts nowhere
            failed = s;
        }
        if (failed >= 0)
        {
            _sideways[failed]?.Collect(doc);
            return;
        }
        _page.Collect(doc);
        foreach (var sideways in _sideways)
            sideways?.Collect(doc);
    }

    /// <summary>
    /// Adds the sideways counts <paramref name="other"/> (the same selections) made over other segments; the page's
    /// own collectors are added by their owner.
    /// </summary>
    public void AddSideways(DrillSidewaysCollector other)
    {
        for (var s = 0; s < _sideways.Length; s++)
            _sideways[s]?.Add(other._sideways[s]!);
    }

    /// <summary>
    /// <paramref name="counts"/> (the page's facet counts) with each chosen facet counted sideways; the chosen values
    /// are always listed, with 0 when nothing carries them.
    /// </summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Complete(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> counts)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(counts, StringComparer.Ordinal);
        for (var s = 0; s < _selections.Length; s++)
        {
            if (_sideways[s] is not { } sideways)
                continue;
            var values = sideways.Result()[_selections[s].Facet].ToList();
            foreach (var id in _selections[s].Chosen)
            {
                if (!values.Any(v => v.Value == id))
                    values.Add(new FacetCount(id, 0));
            }
            result[_selections[s].Facet] = values;
        }
        return result;
    }
}
