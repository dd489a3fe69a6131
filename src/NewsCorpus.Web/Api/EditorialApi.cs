using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsCorpus.Core.Editing;
using NewsCorpus.Core.Storage;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Api;

/// <summary>
/// Editors' writes on <c>/api/v1/articles</c>: correct fields, remove, restore. Each is done by the site's one
/// writer (<see cref="SiteWriter.EditAsync"/>), so search shows it as soon as the request returns.
/// </summary>
public static class EditorialApi
{
    /// <summary>The JSON names of the correctable fields, and the stored field each stands for.</summary>
    private static readonly Dictionary<string, string> JsonFields = new(StringComparer.Ordinal)
    {
        ["title"] = ArticleOverrides.Title,
        ["date"] = ArticleOverrides.Date,
        ["summit"] = ArticleOverrides.Summit,
        ["source"] = ArticleOverrides.Source,
    };

    public static RouteGroupBuilder MapEditorialApi(this RouteGroupBuilder group)
    {
        group.MapPut("/{id}/corrections", Correct).Accepts<CorrectionJson>("application/json")
            .WithSummary("Correct an article")
            .WithDescription("JSON with any of `title`, `date` (yyyy-MM-dd or null), `summit` (a catalog id or null), `source`, and a " +
                "required `reason`. Corrections survive re-imports and reparses; answers 200 with the article as corrected. Needs an admin.");
        group.MapDelete("/{id}", Remove)
            .WithSummary("Remove an article")
            .WithDescription("Removes it from search, pages and counts at once and keeps a tombstone (who, when, why) so a re-import " +
                "of the same file does not bring it back. `reason` in the query or a JSON body is required. Needs an admin.");
        group.MapPost("/{id}/restore", Restore)
            .WithSummary("Restore a removed article")
            .WithDescription("Puts a removed article back as it was, corrections included. Needs an admin.");
        return group;
    }

    private static async Task<Results<Ok<ApiArticle>, ProblemHttpResult>> Correct(string id, HttpContext context, SiteWriter writer,
        CancellationToken cancellation)
    {
        JsonElement body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<JsonElement>(cancellation);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ApiProblems.BadRequest($"Send a JSON object of the fields to correct and a reason: {e.Message}");
        }
        if (body.ValueKind != JsonValueKind.Object)
            return ApiProblems.BadRequest("Send a JSON object of the fields to correct and a reason.");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? reason = null;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return ApiProblems.BadRequest($"'{property.Name}' must be a string or null.");
            if (property.Name == "reason")
                reason = property.Value.GetString();
            else if (JsonFields.TryGetValue(property.Name, out var field))
                fields[field] = property.Value.GetString();
            else
                return ApiProblems.BadRequest($"'{property.Name}' cannot be corrected; fields: {string.Join(", ", JsonFields.Keys)}, and reason.");
        }
        return await Edit(writer, c => ApiArticle.From(c.Editor.Correct(id, fields, Who(context), reason ?? "")), TypedResults.Ok);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(string id, string? reason, HttpContext context, SiteWriter writer,
        CancellationToken cancellation)
    {
        if (reason is null && context.Request.HasJsonContentType())
        {
            try
            {
                reason = (await context.Request.ReadFromJsonAsync<ReasonJson>(cancellation))?.Reason;
            }
            catch (JsonException e)
            {
                return ApiProblems.BadRequest($"The JSON body could not be read: {e.Message}");
            }
        }
        return await Edit(writer, c => c.Editor.Remove(id, Who(context), reason ?? ""), _ => TypedResults.NoContent());
    }

    private static Task<Results<Ok<ApiArticle>, ProblemHttpResult>> Restore(string id, HttpContext context, SiteWriter writer) =>
        Edit(writer, c => ApiArticle.From(c.Editor.Restore(id, Who(context))), TypedResults.Ok);

    // The writer's refusals become problems: an unknown article 404, a bad field value or a missing reason 400; an edit
    // saved while the index failed 503, saying it was saved.
    private static async Task<Results<TOk, ProblemHttpResult>> Edit<T, TOk>(SiteWriter writer, Func<NewsCorpus.Core.Corpus, T> edit, Func<T, TOk> ok)
        where TOk : IResult
    {
        try
        {
            return ok(await writer.EditAsync(edit));
        }
        catch (ArticleNotFoundException e)
        {
            return ApiProblems.NotFound(e.Message);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
        catch (EditNotIndexedException e)
        {
            return ApiProblems.SavedNotSearchable(e.Message);
        }
    }

    private static string Who(HttpContext context) => ImportsApi.RequestedBy(context.User);
}

/// <summary>The body of a correction, as the OpenAPI document describes it.</summary>
public sealed record CorrectionJson(string? Title, string? Date, string? Summit, string? Source, string Reason);

/// <summary>A removal's reason sent as JSON.</summary>
public sealed record ReasonJson(string? Reason);
