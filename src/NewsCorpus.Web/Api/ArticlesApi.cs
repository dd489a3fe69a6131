using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsCorpus.Web.Api;

/// <summary><c>GET /api/v1/articles/{id}</c> (the CLI's <c>show --json</c>) and <c>/articles/{id}/similar</c>.</summary>
public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/articles").WithTags("articles");
        articles.MapGet("/{id}", Get).WithName("article")
            .WithSummary("One article")
            .WithDescription("Everything extracted from the article, editors' corrections applied (`corrected_fields` names them).");
        articles.MapGet("/{id}/similar", Similar).WithName("similar")
            .WithSummary("Articles like this one")
            .WithDescription("Articles ranked by their most distinctive shared words, nudged by the same summit and people.");
        return api;
    }

    private static Results<Ok<ApiArticle>, ProblemHttpResult> Get([Description("Article id, as search returns it.")] string id,
        NewsCorpus.Core.Corpus corpus) =>
        corpus.Store.Get(id) is { } article ? TypedResults.Ok(ApiArticle.From(article)) : ApiProblems.NotFound($"No article has the id '{id}'.");

    private static Results<Ok<ApiHitList>, ProblemHttpResult> Similar([Description("Article id.")] string id,
        [Description("How many articles, 1 to 100 (default 5).")] int? limit, NewsCorpus.Core.Corpus corpus)
    {
        if (corpus.Store.Get(id) is null)
            return ApiProblems.NotFound($"No article has the id '{id}'.");
        if (limit is < 1 or > 100)
            return ApiProblems.BadRequest("limit must be from 1 to 100.");
        return TypedResults.Ok(new ApiHitList(corpus.Searcher.MoreLikeThis(id, limit ?? 5).Select(ApiHit.From).ToList()));
    }
}
