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
        group.MapPost("/reparse", (HttpContext context, SiteWriter queue) => Queue(context, queue, RunKind.Reparse, "reparse"));
        group.MapPost("/reindex", (HttpContext context, SiteWriter queue) => Queue(context, queue, RunKind.Reindex, "reindex"));
        return group;
    }

    private static Accepted<QueuedJson> Queue(HttpContext context, SiteWriter queue, RunKind kind, string source) =>
        ImportsApi.Queued(queue.EnqueueMaintenance(kind, ImportsApi.RequestedBy(context.User), source));
}
