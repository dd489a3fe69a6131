using Microsoft.AspNetCore.Http.HttpResults;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Api;

/// <summary>
/// <c>/api/v1/maintenance</c>: queue a reparse (after catalogs or parsing rules changed) or a full reindex. They run
/// in the same queue as imports, with progress at <c>/api/v1/imports/{id}</c>, while pages keep serving.
/// </summary>
public static class MaintenanceApi
{
    public static RouteGroupBuilder MapMaintenanceApi(this RouteGroupBuilder group)
    {
        group.MapPost("/reparse", (HttpContext context, SiteWriter queue) => Queue(context, queue, RunKind.Reparse, "reparse"))
            .WithSummary("Queue a reparse")
            .WithDescription("Parses every stored article again with today's rules and catalogs, keeping editors' corrections, " +
                "and indexes what changed. Answers 202 with the run's id (progress at /api/v1/imports/{id}). Needs an API token.");
        group.MapPost("/reindex", (HttpContext context, SiteWriter queue) => Queue(context, queue, RunKind.Reindex, "reindex"))
            .WithSummary("Queue a reindex")
            .WithDescription("Rebuilds the search index from the store in one commit; searches use the old index until it is done. " +
                "Answers 202 with the run's id (progress at /api/v1/imports/{id}). Needs an API token.");
        return group;
    }

    private static Accepted<QueuedJson> Queue(HttpContext context, SiteWriter queue, RunKind kind, string source) =>
        ImportsApi.Queued(queue.EnqueueMaintenance(kind, ImportsApi.RequestedBy(context.User), source));
}
