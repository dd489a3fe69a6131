using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Tests.Api;

public sealed class ImportsApiTests : IDisposable
{
    private readonly List<ApiAppFactory> _factories = [];

    private ApiAppFactory App(Dictionary<string, string>? settings = null)
    {
        var factory = new ApiAppFactory(settings);
        _factories.Add(factory);
        return factory;
    }

    private static ByteArrayContent File(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MultipartFormDataContent Upload(params (string Name, HttpContent Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
            form.Add(content, "files", name);
        return form;
    }

    private static async Task<string> QueuedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("queued", body.GetProperty("status").GetString());
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/imports/{id}", response.Headers.Location!.OriginalString);
        return id;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/v1/imports")]
    [InlineData("GET", "/api/v1/imports")]
    [InlineData("GET", "/api/v1/imports/0123")]
    [InlineData("GET", "/api/v1/imports/0123/files")]
    [InlineData("POST", "/api/v1/maintenance/reparse")]
    [InlineData("POST", "/api/v1/maintenance/reindex")]
    public async Task Every_endpoint_refuses_callers_without_a_valid_token(string method, string path)
    {
        var client = await App().CreateImportedClientAsync();

        using var anonymous = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Upload(("a.txt", File("عنوان\nنص"))) });
        var wrong = new HttpRequestMessage(new HttpMethod(method), path) { Content = Upload(("a.txt", File("عنوان\nنص"))) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        using var withWrongToken = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withWrongToken.StatusCode);
    }

    [Fact]
    public async Task An_api_token_may_import_and_a_revoked_one_or_a_stale_hand_off_credential_is_refused()
    {
        var app = App();
        var client = await app.CreateImportedClientAsync();
        var tokens = app.Services.GetRequiredService<ApiTokens>();
        var token = tokens.Add("importer");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var run = await ApiAppFactory.FinishedAsync(client, await QueuedId(await client.PostAsync("/api/v1/imports", Upload(("a.txt", File("قمة جنيف\nنص"))))));
        tokens.Revoke("importer");
        using var revoked = await client.PostAsync("/api/v1/imports", Upload(("b.txt", File("قمة جنيف\nنص"))));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "handoff-of-an-earlier-start");
        using var stale = await client.PostAsync("/api/v1/imports", Upload(("b.txt", File("قمة جنيف\nنص"))));

        Assert.Equal(("done", "token:importer"), (run.Status, run.RequestedBy));
        await AssertProblem(revoked, HttpStatusCode.Unauthorized, "unknown or revoked");
        await AssertProblem(stale, HttpStatusCode.Unauthorized, "unknown or revoked");
    }

    [Fact]
    public async Task An_api_token_may_import_folders_of_the_server_only_inside_the_inbox()
    {
        var inbox = Directory.CreateTempSubdirectory("newscorpus-inbox-").FullName;
        var batch = Path.Combine(inbox, "batch-1");
        Directory.CreateDirectory(batch);
        await System.IO.File.WriteAllTextAsync(Path.Combine(batch, "story.txt"), "قمة جنيف\nنص", Encoding.UTF8);
        var app = App(new() { ["NewsCorpus:InboxDir"] = inbox });
        var client = await app.CreateImportedClientAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Services.GetRequiredService<ApiTokens>().Add("inbox"));

        using var outside = await client.PostAsJsonAsync("/api/v1/imports", new { paths = new[] { Path.Combine(inbox, "..", "elsewhere") } });
        using var inside = await client.PostAsJsonAsync("/api/v1/imports", new { paths = new[] { batch } });
        var run = await ApiAppFactory.FinishedAsync(client, await QueuedId(inside));

        await AssertProblem(outside, HttpStatusCode.Forbidden, "outside the inbox");
        Assert.Equal(1, run.Imported);
        Directory.Delete(inbox, recursive: true);
    }

    [Fact]
    public async Task Uploaded_files_are_imported_in_the_background_and_reported_file_by_file()
    {
        var app = App();
        var client = await app.CreateAdminClientAsync();

        using var response = await client.PostAsync("/api/v1/imports", Upload(
            ("geneva.txt", File("قمة جنيف\nالتقى الرئيسان في جنيف لبحث كلمةفريدةللرفع")),
            ("helsinki.txt", File("قمة هلسنكي\nالتقى الرئيسان في هلسنكي")),
            ("broken.txt", new ByteArrayContent([0, 1, 2, 3, 0, 0]))));
        var run = await ApiAppFactory.FinishedAsync(client, await QueuedId(response));

        Assert.Equal(("done", 3, 3, 2, 0, 0), (run.Status, run.Total, run.Done, run.Imported, run.Updated, run.Unchanged));
        Assert.Equal("broken.txt", Assert.Single(run.Failed).File);
        Assert.False(string.IsNullOrWhiteSpace(run.Failed[0].Error));
        Assert.Equal(1, app.Corpus.Searcher.Search(new SearchRequest { Query = "كلمةفريدةللرفع" }).Total);
        var files = await client.GetFromJsonAsync<RunFilesJson>($"/api/v1/imports/{run.Id}/files?after=0&limit=5");
        Assert.Equal(["helsinki.txt", "broken.txt"], files!.Files.Select(f => f.File));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(app.DataDir, RunStaging.FolderName)));
    }

    [Fact]
    public async Task A_zip_is_unpacked_safely_and_its_refused_entries_are_named_with_reasons()
    {
        var client = await App().CreateAdminClientAsync();
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("rt/story.txt", "قمة جنيف\nنص الخبر"), ("../../escape.txt", "عنوان\nنص"), ("inner.zip", "PK\u0003\u0004") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        using var response = await client.PostAsync("/api/v1/imports", Upload(("batch.zip", new ByteArrayContent(zip.ToArray()))));
        var run = await ApiAppFactory.FinishedAsync(client, await QueuedId(response));

        Assert.Equal(1, run.Imported);
        var failed = run.Failed.ToDictionary(f => f.File, f => f.Error);
        Assert.Contains("climbs out", failed["batch.zip/../../escape.txt"], StringComparison.Ordinal);
        Assert.Contains("archive inside the archive", failed["batch.zip/inner.zip"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_request_over_the_size_limit_is_refused_with_413_and_nothing_is_kept(bool chunked)
    {
        var app = App(new() { ["NewsCorpus:MaxUploadBytes"] = "2000" });
        var client = await app.CreateAdminClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports")
        {
            Content = Upload(("a.txt", File("عنوان\n" + new string('ن', 500))), ("big.txt", File("عنوان\n" + new string('ن', 3000)))),
        };
        // Without a length up front the limit is enforced while the body streams in.
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await client.SendAsync(request);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "2,000-byte limit");
        Assert.Empty(app.Corpus.Runs.Recent(10));
        var staging = Path.Combine(app.DataDir, RunStaging.FolderName);
        Assert.True(!Directory.Exists(staging) || !Directory.EnumerateFileSystemEntries(staging).Any());
    }

    [Fact]
    public async Task A_file_over_the_per_file_limit_is_refused_in_the_report_and_the_others_imported()
    {
        var client = await App(new() { ["NewsCorpus:MaxFileBytes"] = "500" }).CreateAdminClientAsync();

        using var response = await client.PostAsync("/api/v1/imports", Upload(
            ("big.txt", File("عنوان\n" + new string('ن', 600))), ("small.txt", File("قمة جنيف\nنص"))));
        var run = await ApiAppFactory.FinishedAsync(client, await QueuedId(response));

        Assert.Equal((2, 1), (run.Total, run.Imported));
        Assert.Contains("500-byte limit", Assert.Single(run.Failed).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_without_files_or_of_another_type_are_400_problems()
    {
        var client = await App().CreateAdminClientAsync();

        using var empty = await client.PostAsync("/api/v1/imports", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        using var text = await client.PostAsync("/api/v1/imports", new StringContent("hello", Encoding.UTF8, "text/plain"));
        using var noPaths = await client.PostAsJsonAsync("/api/v1/imports", new { paths = Array.Empty<string>() });

        await AssertProblem(empty, HttpStatusCode.BadRequest, "'files'");
        Assert.True(text.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType);
        await AssertProblem(noPaths, HttpStatusCode.BadRequest, "paths");
    }

    [Fact]
    public async Task An_unknown_run_is_a_404_problem()
    {
        var client = await App().CreateAdminClientAsync();

        using var response = await client.GetAsync("/api/v1/imports/no-such-run");

        await AssertProblem(response, HttpStatusCode.NotFound, "no-such-run");
    }

    [Fact]
    public async Task The_local_command_line_may_import_a_folder_of_the_server_by_path()
    {
        var app = App();
        var client = await app.CreateAdminClientAsync();
        var folder = Directory.CreateTempSubdirectory("newscorpus-paths-").FullName;
        await System.IO.File.WriteAllTextAsync(Path.Combine(folder, "story.txt"), "قمة جنيف\nنص", Encoding.UTF8);

        using var response = await client.PostAsJsonAsync("/api/v1/imports", new { paths = new[] { folder } });
        var run = await ApiAppFactory.FinishedAsync(client, await QueuedId(response));

        Assert.Equal(("done", 1), (run.Status, run.Imported));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task History_lists_runs_newest_first_with_their_kind()
    {
        var client = await App().CreateAdminClientAsync();
        var import = await QueuedId(await client.PostAsync("/api/v1/imports", Upload(("a.txt", File("قمة جنيف\nنص")))));
        var reindex = await QueuedId(await client.PostAsync("/api/v1/maintenance/reindex", null));
        await ApiAppFactory.FinishedAsync(client, reindex);

        var history = await client.GetFromJsonAsync<RunListJson>("/api/v1/imports");
        var imports = await client.GetFromJsonAsync<RunListJson>("/api/v1/imports?kind=import");

        Assert.Equal([reindex, import], history!.Runs.Select(r => r.Id));
        Assert.Equal(["reindex", "import"], history.Runs.Select(r => r.Kind));
        Assert.Equal([import], imports!.Runs.Select(r => r.Id));
    }

    [Fact]
    public async Task Reparse_and_reindex_run_in_the_queue_and_report_their_progress()
    {
        var app = App();
        var client = await app.CreateAdminClientAsync();
        await ApiAppFactory.FinishedAsync(client, await QueuedId(await client.PostAsync("/api/v1/imports",
            Upload(("a.txt", File("قمة جنيف\nنص")), ("b.txt", File("قمة هلسنكي\nنص"))))));

        var reparse = await ApiAppFactory.FinishedAsync(client, await QueuedId(await client.PostAsync("/api/v1/maintenance/reparse", null)));
        var reindex = await ApiAppFactory.FinishedAsync(client, await QueuedId(await client.PostAsync("/api/v1/maintenance/reindex", null)));

        Assert.Equal(("reparse", "done", 2, 2, 0), (reparse.Kind, reparse.Status, reparse.Total, reparse.Done, reparse.Updated));
        Assert.Equal(("reindex", "done", 2, 2), (reindex.Kind, reindex.Status, reindex.Total, reindex.Done));
        Assert.Equal(2, app.Corpus.Index.DocumentCount);
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
            factory.Dispose();
    }
}
