using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Web.Corpus;
using static System.FormattableString;

namespace NewsCorpus.Web.Api;

/// <summary>
/// <c>/api/v1/imports</c>: queue an import (uploaded files or zips, or folders of the server's inbox), follow a run's
/// progress and file outcomes, list the history. Requests only record and queue; the site's one writer
/// (<see cref="SiteWriter"/>) does the work.
/// </summary>
public static class ImportsApi
{
    private const int DefaultHistory = 50;

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder group)
    {
        var options = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<NewsCorpus.Core.Corpus>().Options;
        group.MapPost("/", Create).Accepts<ServerPathsJson>("multipart/form-data", "application/json")
            .WithMetadata(UploadLimits.Metadata(options.MaxUploadBytes))
            .WithSummary("Queue an import")
            .WithDescription("Multipart field `files`: one or more article files or .zip archives (per-file and per-request size " +
                "limits; archives unpacked safely). Or JSON `{\"paths\": [...]}`: folders or files on the server inside the configured " +
                "inbox. Answers 202 with the run's id; the site's one writer imports it in the background. Needs an API token.");
        group.MapGet("/", List)
            .WithSummary("Run history")
            .WithDescription("Imports, reparses and reindexes, newest first; `kind` keeps one kind. Needs an admin.");
        group.MapGet("/{id}", Get)
            .WithSummary("One run and its progress")
            .WithDescription("Status (queued, running, done, failed, interrupted), files done of total, imported, updated, " +
                "unchanged and refused counts, files per second, and the refused files with their reasons. Needs an admin.");
        group.MapGet("/{id}/files", Files)
            .WithSummary("A run's file outcomes")
            .WithDescription("Every file's outcome in the order the run went through them, paged with `after` (a position) and `limit`. Needs an admin.");
        return group;
    }

    private static async Task<Results<Accepted<QueuedJson>, ProblemHttpResult>> Create(
        HttpContext context, NewsCorpus.Core.Corpus corpus, SiteWriter queue, CancellationToken cancellation)
    {
        var request = context.Request;
        var who = RequestedBy(context.User);
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            return await FromUpload(context, corpus, queue, who, cancellation);
        if (request.HasJsonContentType())
            return await FromServerPaths(context, corpus, queue, who, cancellation);
        return ApiProblems.BadRequest("Send the files as multipart/form-data in the field 'files', or JSON {\"paths\": [...]} for folders of the server's inbox.");
    }

    private static async Task<Results<Accepted<QueuedJson>, ProblemHttpResult>> FromUpload(
        HttpContext context, NewsCorpus.Core.Corpus corpus, SiteWriter queue, string who, CancellationToken cancellation)
    {
        var options = corpus.Options;
        if (context.Request.ContentLength > options.MaxUploadBytes)
            return ApiProblems.TooLarge(Invariant($"The upload is over the {options.MaxUploadBytes:N0}-byte limit per request."));
        var folder = RunStaging.CreateFolder(options.DataDir);
        StagedUpload staged;
        try
        {
            staged = await UploadStaging.ReceiveAsync(context.Request, options, folder, cancellation);
        }
        catch (Exception e) when (e is UploadStaging.TooLargeException or InvalidDataException or IOException)
        {
            Directory.Delete(folder, recursive: true);
            return e is UploadStaging.TooLargeException ? ApiProblems.TooLarge(e.Message) : ApiProblems.BadRequest($"The upload could not be read: {e.Message}");
        }
        if (staged.Files == 0 && staged.Refused.Count == 0)
        {
            Directory.Delete(folder, recursive: true);
            return ApiProblems.BadRequest($"No file was sent: put one or more files (or a .zip) in the multipart field '{UploadStaging.Field}'.");
        }
        var count = staged.Files + staged.Refused.Count;
        var run = queue.EnqueueImport(who, $"{count} uploaded file{(count == 1 ? "" : "s")}", [folder], folder, staged.Refused);
        return Queued(run);
    }

    private static async Task<Results<Accepted<QueuedJson>, ProblemHttpResult>> FromServerPaths(
        HttpContext context, NewsCorpus.Core.Corpus corpus, SiteWriter queue, string who, CancellationToken cancellation)
    {
        ServerPathsJson? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<ServerPathsJson>(cancellation);
        }
        catch (System.Text.Json.JsonException e)
        {
            return ApiProblems.BadRequest($"The JSON body could not be read: {e.Message}");
        }
        if (body?.Paths is not { Count: > 0 } paths || paths.Any(string.IsNullOrWhiteSpace))
            return ApiProblems.BadRequest("Give the folders or files to import: {\"paths\": [\"/srv/newscorpus/inbox/batch-1\"]}.");
        var local = context.User.HasClaim(LocalHandOffAuthentication.LocalClaim, "true");
        if (!local && InboxPaths.Refusal(paths, corpus.Options.InboxDir) is { } refusal)
            return ApiProblems.Forbidden(refusal);
        var run = queue.EnqueueImport(who, ImportSource.Describe(paths), ImportSource.Absolute(paths));
        return Queued(run);
    }

    private static Results<Ok<RunListJson>, ProblemHttpResult> List(NewsCorpus.Core.Corpus corpus, int? limit, string? kind)
    {
        RunKind? only = null;
        if (kind is not null)
        {
            if (!Enum.TryParse<RunKind>(kind, ignoreCase: true, out var parsed))
                return ApiProblems.BadRequest("kind is import, reparse or reindex.");
            only = parsed;
        }
        var runs = corpus.Runs.Recent(Math.Clamp(limit ?? DefaultHistory, 1, 1000), only);
        return TypedResults.Ok(new RunListJson(runs.Select(r => RunJson.From(r, [])).ToList()));
    }

    private static Results<Ok<RunJson>, ProblemHttpResult> Get(NewsCorpus.Core.Corpus corpus, string id) =>
        corpus.Runs.Get(id) is { } run
            ? TypedResults.Ok(RunJson.From(run, corpus.Runs.Files(id, limit: RunJson.MaxFailedListed, failedOnly: true)))
            : ApiProblems.NotFound($"No run has the id '{id}'.");

    private static Results<Ok<RunFilesJson>, ProblemHttpResult> Files(NewsCorpus.Core.Corpus corpus, string id, int? after, int? limit) =>
        corpus.Runs.Get(id) is null
            ? ApiProblems.NotFound($"No run has the id '{id}'.")
            : TypedResults.Ok(new RunFilesJson(corpus.Runs.Files(id, after ?? -1, Math.Clamp(limit ?? 1000, 1, 1000)).Select(RunFileJson.From).ToList()));

    internal static Accepted<QueuedJson> Queued(ImportRun run) =>
        TypedResults.Accepted($"/api/v1/imports/{run.Id}", new QueuedJson(run.Id, "queued"));

    internal static string RequestedBy(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
