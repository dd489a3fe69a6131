using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// What a search collects in its one pass over the hits: the top hits and, for a results page, the facet counts,
/// the months and, with facets chosen, their drill-sideways counts. A search split over several cores
/// (<see cref="SlicedSearch"/>) makes one per slice of segments and adds them together.
/// </summary>
internal sealed class PageCollection
{
    /// <param name="size">How many top hits to keep.</param>
    /// <param name="byDate">Newest first; otherwise best first.</param>
    /// <param name="after">The hit a walk's page follows.</param>
    /// <param name="asList">A plain list: top hits only.</param>
    /// <param name="chosen">The facet selections counted sideways (resolved to catalog ids); none for a list.</param>
    public PageCollection(int size, bool byDate, SearchCursor? after, bool asList, IReadOnlyList<FacetFilter> chosen)
    {
        Top = new TopHitsCollector(size, byDate, after);
        Facets = asList ? null : new FacetCollector(IndexFields.Facets);
        Months = asList ? null : new DateHistogramCollector();
        var page = Facets is null || Months is null ? (ICollector)Top : MultiCollector.Wrap(Top, Facets, Months);
        // The sideways collector checks the facet selections itself and hands the page the hits that pass them all.
        Sideways = chosen.Count == 0 ? null : new DrillSidewaysCollector(page, chosen);
        Root = Sideways ?? page;
    }

    public TopHitsCollector Top { get; }

    public FacetCollector? Facets { get; }

    public DateHistogramCollector? Months { get; }

    public DrillSidewaysCollector? Sideways { get; }

    /// <summary>The collector the search feeds.</summary>
    public ICollector Root { get; }

    /// <summary>Adds what <paramref name="other"/>, made with the same arguments, collected over other segments.</summary>
    public void Add(PageCollection other)
    {
        Top.Add(other.Top);
        Facets?.Add(other.Facets!);
        Months?.Add(other.Months!);
        Sideways?.AddSideways(other.Sideways!);
    }
}
