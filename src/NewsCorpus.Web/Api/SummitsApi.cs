using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Api;

/// <summary><c>GET /api/v1/summits</c> and <c>/summits/{id}</c>: the catalog's summits with their article counts and articles.</summary>
public static class SummitsApi
{
    /// <summary>Articles listed with one summit, newest first.</summary>
    public const int MaxArticles = 1000;

    public static RouteGroupBuilder MapSummitsApi(this RouteGroupBuilder api)
    {
        var summits = api.MapGroup("/summits").WithTags("summits");
        summits.MapGet("/", List).WithName("summits")
            .WithSummary("Every summit")
            .WithDescription("The summits of `data/summits.json` in date order, each with the number of stored articles about it.");
        summits.MapGet("/{id}", Get).WithName("summit")
            .WithSummary("One summit and its articles")
            .WithDescription($"The summit's facts and its articles, newest first (at most {MaxArticles}; use search with `summit=` for more).");
        return api;
    }

    private static Ok<IReadOnlyList<ApiSummit>> List(NewsCorpus.Core.Corpus corpus)
    {
        var counts = corpus.Store.CountBySummit().ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        return TypedResults.Ok<IReadOnlyList<ApiSummit>>(corpus.Catalogs.Summits.Summits.OrderBy(s => s.Start)
            .Select(s => ApiSummit.From(s, counts.GetValueOrDefault(s.Id))).ToList());
    }

    private static Results<Ok<ApiSummitDetail>, ProblemHttpResult> Get([Description("Summit id, as in data/summits.json.")] string id,
        NewsCorpus.Core.Corpus corpus)
    {
        if (corpus.Catalogs.Summits.Find(id) is not { } summit)
            return ApiProblems.NotFound($"No summit has the id '{id}'.");
        var result = corpus.Searcher.Search(new SearchRequest { Summit = summit.Id, Sort = SearchSort.Date, Limit = MaxArticles });
        return TypedResults.Ok(new ApiSummitDetail(ApiSummit.From(summit, result.Total), result.Hits.Select(ApiHit.From).ToList()));
    }
}
