using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>
/// One facet's kept and excluded values, checked against a document from the current segment's ordinal arrays
/// (<see cref="SegmentFacetOrdinals"/>): the same articles a search filtered on the facet's indexed values finds, with
/// no postings read. <c>chosen</c> is both, in the request's order.
/// </summary>
internal sealed class FacetSelection(string facet, HashSet<string> kept, HashSet<string> excluded, IReadOnlyList<string> chosen)
{
    /// <summary>One selection per facet of <paramref name="filters"/> (values resolved to catalog ids).</summary>
    public static FacetSelection[] Of(IEnumerable<FacetFilter> filters) =>
        [.. filters.GroupBy(f => f.Facet, StringComparer.Ordinal).Select(g => new FacetSelection(
            g.Key,
            g.Where(f => !f.Exclude).Select(f => f.Value).ToHashSet(StringComparer.Ordinal),
            g.Where(f => f.Exclude).Select(f => f.Value).ToHashSet(StringComparer.Ordinal),
            [.. g.Select(f => f.Value).Distinct(StringComparer.Ordinal)]))];

    private SegmentFacetOrdinals? _values;
    private bool[] _keptOrd = [], _excludedOrd = [];

    public string Facet => facet;
    public IReadOnlyList<string> Chosen => chosen;

    /// <summary>The one value kept when the selection is just that (a summit's list), else null.</summary>
    public string? OnlyValue => kept.Count == 1 && excluded.Count == 0 ? kept.First() : null;

    public void SetSegment(AtomicReader reader)
    {
        _values = SegmentFacetOrdinals.Of(reader, facet);
        _keptOrd = [.. (_values?.Values ?? []).Select(kept.Contains)];
        _excludedOrd = [.. (_values?.Values ?? []).Select(excluded.Contains)];
    }

    /// <summary>True when the document has one of the kept values (or none are kept) and none of the excluded.</summary>
    public bool Passes(int doc)
    {
        var anyKept = kept.Count == 0;
        // A segment where no document has this facet: every document has no value.
        if (_values is null)
            return anyKept;
        foreach (var ord in _values.OrdinalsOf(doc))
        {
            if (_excludedOrd[ord])
                return false;
            anyKept |= _keptOrd[ord];
        }
        return anyKept;
    }
}
