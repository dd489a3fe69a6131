using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using NewsCorpus.Core.Search;
using NewsCorpus.Web.Pages.Search;

namespace NewsCorpus.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the CLI's <c>search --json</c> shape plus paging (<c>page</c>, <c>page_size</c>, <c>next</c>).</summary>
public static class SearchApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("search").WithTags("search")
            .WithSummary("Search the articles")
            .WithDescription("Query syntax as on the search page (see /help). Facets take several values (ORed); `-summit=…` leaves a value out. " +
                "Results past `NewsCorpus:MaxResultOffset` are reached with `next`, which continues after the last hit at any depth.");
        return api;
    }

    private static Results<Ok<ApiSearchResult>, ProblemHttpResult> Search([AsParameters] SearchParameters parameters, HttpRequest request,
        NewsCorpus.Core.Corpus corpus)
    {
        var pageSize = 20;
        if (parameters.PageSize is { } size && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
            return ApiProblems.BadRequest($"page_size must be a number from 1 to {MaxPageSize}.");
        SearchCursor? after = null;
        if (parameters.After is { Length: > 0 } token && (after = SearchCursor.Parse(token)) is null)
            return ApiProblems.BadRequest("after is not a cursor this API returned; use the `next` address of a previous page.");
        var query = SearchQuery.Parse(request.Query);
        var searchRequest = query.ToRequest() with
        {
            Offset = (int)Math.Min((query.Page - 1L) * pageSize, int.MaxValue), Limit = pageSize, After = after,
        };
        var result = corpus.Searcher.Search(searchRequest, request.HttpContext.RequestAborted);
        if (result.PastMaxOffset)
        {
            return ApiProblems.BadRequest($"Pages start at most {corpus.Searcher.MaxOffset} results deep; follow `next` from an earlier page " +
                "to go further, or narrow the search.");
        }
        var next = result.Next is { } cursor ? NextUrl(request, query.Page + 1, cursor) : null;
        return TypedResults.Ok(ApiSearchResult.From(result, query.Page, pageSize, next));
    }

    private static string NextUrl(HttpRequest request, int page, SearchCursor cursor)
    {
        var pairs = request.Query.Where(p => p.Key is not ("after" or "page"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
            .Append(new("after", cursor.Token));
        return QueryHelpers.AddQueryString("/api/v1/search", pairs);
    }
}

/// <summary>The search's parameters, declared so the OpenAPI document lists and describes them.</summary>
public sealed class SearchParameters
{
    [FromQuery(Name = "q"), Description("Words to find, in the query syntax of /help. Empty: every article, newest first.")]
    public string? Q { get; init; }

    [FromQuery(Name = "summit"), Description("Summit ids (or names) to keep; several are ORed.")]
    public string[]? Summit { get; init; }

    [FromQuery(Name = "-summit"), Description("Summit ids (or names) to leave out.")]
    public string[]? NotSummit { get; init; }

    [FromQuery(Name = "year"), Description("Years to keep (YYYY); several are ORed.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = "-year"), Description("Years to leave out.")]
    public string[]? NotYear { get; init; }

    [FromQuery(Name = "source"), Description("Source ids (or names) to keep.")]
    public string[]? Source { get; init; }

    [FromQuery(Name = "-source"), Description("Source ids (or names) to leave out.")]
    public string[]? NotSource { get; init; }

    [FromQuery(Name = "person"), Description("Person ids (or names in either script) to keep.")]
    public string[]? Person { get; init; }

    [FromQuery(Name = "-person"), Description("Person ids (or names) to leave out.")]
    public string[]? NotPerson { get; init; }

    [FromQuery(Name = "from"), Description("Only articles dated on or after this day (YYYY-MM-DD).")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Only articles dated on or before this day (YYYY-MM-DD).")]
    public string? To { get; init; }

    [FromQuery(Name = "sort"), Description("`relevance` (default with query words) or `date` (newest first).")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "page_size"), Description("Hits per page, 1 to 100 (default 20).")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "after"), Description("Cursor from a previous page's `next`: continue after its last hit.")]
    public string? After { get; init; }
}
