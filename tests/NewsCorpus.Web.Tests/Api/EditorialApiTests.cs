using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Tests.Api;

public sealed class EditorialApiTests : IDisposable
{
    private readonly ApiAppFactory _app = new();

    private const string Story = "قمة جنيف\nالتقى الرئيسان في جنيف لبحث كلمةتحريرية";

    // An article imported through the API, as an admin would bring it.
    private async Task<(HttpClient Client, string Id)> ImportedAsync()
    {
        var client = await _app.CreateAdminClientAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Story)), "files", "edited.txt" } };
        using var response = await client.PostAsync("/api/v1/imports", form);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await ApiAppFactory.FinishedAsync(client, id);
        return (client, ArticleId.FromFileName("edited.txt"));
    }

    private int Hits(string query, string? summit = null) =>
        _app.Corpus.Searcher.Search(new SearchRequest { Query = query, Summit = summit }).Total;

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_answers_the_corrected_article_and_search_filters_by_the_new_summit_at_once()
    {
        var (client, id) = await ImportedAsync();

        using var response = await client.PutAsJsonAsync($"/api/v1/articles/{id}/corrections",
            new { summit = "helsinki-2018", title = "عنوان مصحح", reason = "the meeting was in Helsinki" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("helsinki-2018", article.GetProperty("summit").GetString());
        Assert.Equal("عنوان مصحح", article.GetProperty("title").GetString());
        Assert.Equal(1, Hits("كلمةتحريرية", "helsinki-2018"));
        var act = _app.Corpus.Editor.History(id)[0];
        Assert.Equal(("correct", "the meeting was in Helsinki"), (act.Action, act.Reason));
        Assert.False(string.IsNullOrWhiteSpace(act.Editor));
    }

    [Fact]
    public async Task A_correction_with_a_bad_value_no_reason_or_an_unknown_article_is_refused_and_changes_nothing()
    {
        var (client, id) = await ImportedAsync();

        using var badDate = await client.PutAsJsonAsync($"/api/v1/articles/{id}/corrections", new { date = "16/07/2018", reason = "r" });
        using var badSummit = await client.PutAsJsonAsync($"/api/v1/articles/{id}/corrections", new { summit = "atlantis-1999", reason = "r" });
        using var badField = await client.PutAsJsonAsync($"/api/v1/articles/{id}/corrections", new { body = "x", reason = "r" });
        using var noReason = await client.PutAsJsonAsync($"/api/v1/articles/{id}/corrections", new { title = "عنوان" });
        using var unknown = await client.PutAsJsonAsync("/api/v1/articles/no-such-article/corrections", new { title = "عنوان", reason = "r" });

        await AssertProblem(badDate, HttpStatusCode.BadRequest, "yyyy-MM-dd");
        await AssertProblem(badSummit, HttpStatusCode.BadRequest, "not a summit");
        await AssertProblem(badField, HttpStatusCode.BadRequest, "cannot be corrected");
        await AssertProblem(noReason, HttpStatusCode.BadRequest, "reason");
        await AssertProblem(unknown, HttpStatusCode.NotFound, "no-such-article");
        Assert.Empty(_app.Corpus.Store.Get(id)!.CorrectedFields);
    }

    [Fact]
    public async Task A_removed_article_leaves_search_is_not_brought_back_by_a_reimport_and_is_restored_with_its_corrections()
    {
        var (client, id) = await ImportedAsync();
        using var corrected = await client.PutAsJsonAsync($"/api/v1/articles/{id}/corrections", new { summit = "helsinki-2018", reason = "r" });

        using var noReason = await client.DeleteAsync($"/api/v1/articles/{id}");
        using var removed = await client.DeleteAsync($"/api/v1/articles/{id}?reason=duplicate");
        var searchAfterRemoval = Hits("كلمةتحريرية");
        using var page = await client.GetAsync($"/articles/{id}");
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Story)), "files", "edited.txt" } };
        using var reimport = await client.PostAsync("/api/v1/imports", form);
        var run = await ApiAppFactory.FinishedAsync(client, JsonDocument.Parse(await reimport.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        var file = Assert.Single(_app.Corpus.Runs.Files(run.Id));
        var searchAfterReimport = Hits("كلمةتحريرية");
        using var restored = await client.PostAsync($"/api/v1/articles/{id}/restore", null);
        using var restoredAgain = await client.PostAsync($"/api/v1/articles/{id}/restore", null);

        await AssertProblem(noReason, HttpStatusCode.BadRequest, "reason");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, searchAfterRemoval);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal((ImportOutcome.Unchanged, Importer.RemovedByEditor), (file.Outcome, file.Error));
        Assert.Equal(0, searchAfterReimport);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(1, Hits("كلمةتحريرية", "helsinki-2018"));
        Assert.Equal(["summit_id"], _app.Corpus.Store.Get(id)!.CorrectedFields);
        await AssertProblem(restoredAgain, HttpStatusCode.NotFound, id);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/articles/x/corrections")]
    [InlineData("DELETE", "/api/v1/articles/x?reason=r")]
    [InlineData("POST", "/api/v1/articles/x/restore")]
    public async Task Editorial_endpoints_refuse_anonymous_callers(string method, string path)
    {
        var client = await _app.CreateImportedClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { title = "t", reason = "r" }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
