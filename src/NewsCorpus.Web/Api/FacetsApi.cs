using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsCorpus.Core.Search;
using NewsCorpus.Web.Pages.Search;

namespace NewsCorpus.Web.Api;

/// <summary><c>GET /api/v1/facets?facet=person&amp;limit=100&amp;q=…</c>: one facet's values for a search, beyond the few a page shows.</summary>
public static class FacetsApi
{
    public static RouteGroupBuilder MapFacetsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/facets", Facets).WithName("facets").WithTags("search")
            .WithSummary("One facet's values for a search")
            .WithDescription("Takes the search's parameters (q, summit, -summit, year, …). Counts are drill-sideways: a facet with chosen " +
                "values is counted as if none of them were chosen, so its other values show what adding them would bring.");
        return api;
    }

    private static Results<Ok<ApiFacet>, ProblemHttpResult> Facets(
        [Description("summit, year, source or person.")] string facet,
        [Description("How many values, most frequent first: 1 to 1000 (default 100).")] int? limit,
        [AsParameters] SearchParameters search, HttpRequest request, NewsCorpus.Core.Corpus corpus)
    {
        if (!IndexFields.Facets.Contains(facet))
            return ApiProblems.BadRequest($"facet must be one of: {string.Join(", ", IndexFields.Facets)}.");
        if (limit is < 1 or > 1000)
            return ApiProblems.BadRequest("limit must be from 1 to 1000.");
        var result = corpus.Searcher.Search(SearchQuery.Parse(request.Query).ToRequest() with { Offset = 0, Limit = 1 }, request.HttpContext.RequestAborted);
        var values = result.Facets.TryGetValue(facet, out var counts) ? counts : [];
        return TypedResults.Ok(new ApiFacet(facet, result.Total, values.Take(limit ?? 100).Select(c => new ApiFacetValue(c.Value, c.Count)).ToList()));
    }
}
