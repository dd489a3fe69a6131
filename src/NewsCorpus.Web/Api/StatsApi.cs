using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsCorpus.Web.Api;

/// <summary><c>GET /api/v1/stats</c>: article and index counts, store size, whether a reparse is due.</summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", Stats).WithName("stats").WithTags("store")
            .WithSummary("Store counts")
            .WithDescription("The CLI's `stats --json` without the server's data folder. `parsed_with_current_catalogs` false: " +
                "the stored articles were parsed with other catalogs or rules, and a reparse is due. `spellings_now_ordinary`: " +
                "generated spellings of names that imports since the last rebuild brought as ordinary words; a command-line " +
                "`reindex` would stop merging them with the names.");
        return api;
    }

    private static Ok<ApiStats> Stats(NewsCorpus.Core.Corpus corpus) => TypedResults.Ok(new ApiStats(
        corpus.Store.Count(), corpus.Index.DocumentCount, corpus.StoreSizeBytes(), corpus.Reparser.StoreIsCurrent,
        corpus.SpellingsNowOrdinary()));
}
