using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Applies a request's filters (facet values kept or left out, date range) inside Lucene, on indexed keyword and
/// numeric fields, so totals, facets and pages are all computed over the filtered set. Values of one facet are
/// ORed, facets ANDed; excluded values are subtracted.
/// </summary>
internal static class SearchFilters
{
    /// <param name="query">The query as read from the text.</param>
    /// <param name="request">The request whose filters apply.</param>
    /// <param name="names">Resolves names to catalog ids.</param>
    /// <param name="withFacets">False to apply only the date range (<see cref="DrillSidewaysCollector"/> checks the facets itself).</param>
    public static Query Apply(Query query, SearchRequest request, CatalogNames names, bool withFacets = true)
    {
        var filter = new BooleanQuery();
        foreach (var facet in (withFacets ? request.AllFacetFilters() : []).GroupBy(f => f.Facet, StringComparer.Ordinal))
        {
            var kept = facet.Where(f => !f.Exclude).ToList();
            if (kept.Count == 1)
                filter.Add(Exact(names, kept[0]), Occur.MUST);
            else if (kept.Count > 1)
            {
                var any = new BooleanQuery();
                foreach (var value in kept)
                    any.Add(Exact(names, value), Occur.SHOULD);
                filter.Add(any, Occur.MUST);
            }
            foreach (var value in facet.Where(f => f.Exclude))
                filter.Add(Exact(names, value), Occur.MUST_NOT);
        }
        if (request.From is not null || request.To is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateNumber,
                ToNumber(request.From), ToNumber(request.To), true, true), Occur.MUST);
        }
        if (filter.Clauses.Count == 0)
            return query;
        // Only exclusions: nothing to subtract from without every article as the start.
        if (filter.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            filter.Add(new MatchAllDocsQuery(), Occur.MUST);
        // A list without words (a summit's, a month's) is its filter alone: walking every article and checking each
        // against the filter cost a third of a summit's list at a million articles. Every hit scores alike either way.
        if (query is MatchAllDocsQuery)
            return new ConstantScoreQuery(filter.Clauses is [{ Occur: Occur.MUST } only] ? only.Query : filter);
        return new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    /// <summary>The catalog id a facet value names (or the value itself, for years and unknown names).</summary>
    public static string Resolve(CatalogNames names, FacetFilter filter) => filter.Facet switch
    {
        IndexFields.Summit => names.SummitId(filter.Value) ?? filter.Value.Trim(),
        IndexFields.Source => names.SourceId(filter.Value) ?? filter.Value.Trim(),
        IndexFields.Person => names.PersonId(filter.Value) ?? filter.Value.Trim(),
        _ => filter.Value.Trim(),
    };

    private static TermQuery Exact(CatalogNames names, FacetFilter filter) => new(new Term(filter.Facet, Resolve(names, filter)));

    /// <summary>A date as the index numbers it (<c>yyyyMMdd</c>).</summary>
    public static int? ToNumber(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;
}
