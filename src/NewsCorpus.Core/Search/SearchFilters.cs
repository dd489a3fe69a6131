using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Applies a request's filters (summit, year, date range, source, person) inside Lucene, on indexed keyword and
/// numeric fields, so totals, facets and pages are all computed over the filtered set.
/// </summary>
internal static class SearchFilters
{
    public static Query Apply(Query query, SearchRequest request, CatalogNames names)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Summit))
            filter.Add(Exact(IndexFields.Summit, names.SummitId(request.Summit) ?? request.Summit.Trim()), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Source))
            filter.Add(Exact(IndexFields.Source, names.SourceId(request.Source) ?? request.Source.Trim()), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Person))
            filter.Add(Exact(IndexFields.Person, names.PersonId(request.Person) ?? request.Person.Trim()), Occur.MUST);
        if (request.Year is { } year)
            filter.Add(Exact(IndexFields.Year, year.ToString(CultureInfo.InvariantCulture)), Occur.MUST);
        if (request.From is not null || request.To is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateNumber,
                ToNumber(request.From), ToNumber(request.To), true, true), Occur.MUST);
        }
        return filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    private static TermQuery Exact(string field, string value) => new(new Term(field, value));

    private static int? ToNumber(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;
}
