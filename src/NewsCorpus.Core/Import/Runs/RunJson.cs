using System.Text.Json.Serialization;

namespace NewsCorpus.Core.Import.Runs;

/// <summary>
/// A run as the site's API shows it (<c>GET /api/v1/imports/{id}</c>) and the command line reads it when it hands
/// work to the site: <c>status</c> is queued, running, done, failed or interrupted.
/// </summary>
public sealed record RunJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("requested_by")] string RequestedBy,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("started_at")] DateTimeOffset? StartedAt,
    [property: JsonPropertyName("finished_at")] DateTimeOffset? FinishedAt,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("done")] int Done,
    [property: JsonPropertyName("imported")] int Imported,
    [property: JsonPropertyName("updated")] int Updated,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("refused")] int Refused,
    [property: JsonPropertyName("per_second")] double PerSecond,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("failed")] IReadOnlyList<FailedFileJson> Failed)
{
    /// <summary>At most this many refused files are listed in a run; <c>/files</c> pages through all of them.</summary>
    public const int MaxFailedListed = 1000;

    /// <summary>True once the run is done or failed.</summary>
    [JsonIgnore]
    public bool IsFinished => Status is "done" or "failed";

    public static RunJson From(ImportRun run, IReadOnlyList<RunFile> failed) => new(
        run.Id, run.Kind.ToString().ToLowerInvariant(), run.Status.ToString().ToLowerInvariant(), run.RequestedBy, run.Source, run.CreatedAt, run.StartedAt,
        run.FinishedAt, run.Total, run.Done, run.Imported, run.Updated, run.Unchanged, run.Failed,
        Math.Round(run.PerSecond(DateTimeOffset.UtcNow), 1), run.Error,
        failed.Select(f => new FailedFileJson(f.File, f.Error ?? "")).ToList());
}

/// <summary>A refused file and why.</summary>
public sealed record FailedFileJson([property: JsonPropertyName("file")] string File, [property: JsonPropertyName("error")] string Error);

/// <summary>The answer to a request that queued a run.</summary>
public sealed record QueuedJson([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("status")] string Status);

/// <summary>Recent runs, newest first.</summary>
public sealed record RunListJson([property: JsonPropertyName("runs")] IReadOnlyList<RunJson> Runs);

/// <summary>One file's outcome in a run.</summary>
public sealed record RunFileJson(
    [property: JsonPropertyName("position")] int Position,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("article_id")] string? ArticleId,
    [property: JsonPropertyName("error")] string? Error)
{
    public static RunFileJson From(RunFile f) => new(f.Position, f.File, f.Outcome.ToString().ToLowerInvariant(), f.ArticleId, f.Error);
}

/// <summary>A page of a run's file outcomes.</summary>
public sealed record RunFilesJson([property: JsonPropertyName("files")] IReadOnlyList<RunFileJson> Files);

/// <summary>An import of folders on the server: <c>{"paths": ["/srv/inbox/batch-1"]}</c>.</summary>
public sealed record ServerPathsJson([property: JsonPropertyName("paths")] IReadOnlyList<string>? Paths);
