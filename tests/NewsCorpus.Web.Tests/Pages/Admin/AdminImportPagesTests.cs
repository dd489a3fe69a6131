using System.Net;
using AngleSharp;
using System.Text;
using NewsCorpus.Core.Search;
using NewsCorpus.Web.Tests.Api;
using NewsCorpus.Web.Tests.Auth;

namespace NewsCorpus.Web.Tests.Pages.Admin;

public sealed class AdminImportPagesTests : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    private async Task<AdminPageClient> SignedInAsync(Dictionary<string, string>? settings = null)
    {
        var admin = await AdminPageClient.SignedInAsync(settings);
        _owned.Add(admin);
        return admin;
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
            form.Add(new ByteArrayContent(bytes), "files", name);
        return form;
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Uploading_files_queues_a_run_and_its_page_reports_each_file_then_history_links_to_it()
    {
        using var admin = await SignedInAsync();

        using var response = await admin.PostFormAsync("/admin/import", "form.upload-form", Files(
            ("geneva.txt", Text("قمة جنيف\nالتقى الرئيسان في جنيف لبحث كلمةفريدةللصفحة")),
            ("helsinki.txt", Text("قمة هلسنكي\nالتقى الرئيسان في هلسنكي")),
            ("broken.txt", [0, 1, 2, 3, 0, 0])));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var runUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/runs/", runUrl, StringComparison.Ordinal);
        var page = await admin.FinishedRunPageAsync(runUrl);

        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("3 / 3", page.QuerySelector("#run-done")!.TextContent);
        Assert.Equal("2", page.QuerySelector("#run-imported")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#run-failed")!.TextContent);
        var rows = page.QuerySelectorAll(".run-files tbody tr");
        Assert.Equal(["geneva.txt", "helsinki.txt", "broken.txt"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Equal(["outcome-imported", "outcome-imported", "outcome-failed"], rows.Select(r => r.ClassName));
        Assert.False(string.IsNullOrWhiteSpace(rows[2].QuerySelectorAll("td")[2].TextContent));
        Assert.Equal($"/articles/{NewsCorpus.Core.Ingestion.ArticleId.FromFileName("geneva.txt")}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(1, admin.App.Corpus.Searcher.Search(new SearchRequest { Query = "كلمةفريدةللصفحة" }).Total);

        var history = await HtmlPage.GetAsync(admin.Client, "/admin/history");
        var latest = history.QuerySelector(".run-history tbody tr")!;
        Assert.Equal(runUrl, latest.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("3 uploaded files", latest.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_not_finished_yet_asks_the_browser_to_reload_it_and_shows_its_progress()
    {
        using var admin = await SignedInAsync();
        var run = admin.App.Corpus.Runs.Create(NewsCorpus.Core.Import.Runs.RunKind.Import, "someone", "a run nobody works on");

        var page = await HtmlPage.GetAsync(admin.Client, $"/admin/runs/{run.Id}");

        Assert.Equal("2", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("queued", page.QuerySelector(".run-progress")!.GetAttribute("data-status"));
        Assert.Equal("0 / 0", page.QuerySelector("#run-done")!.TextContent);
        Assert.NotNull(page.QuerySelector("#run-refreshes"));
    }

    [Fact]
    public async Task An_unknown_run_is_not_found_and_an_upload_without_files_is_refused_with_a_message()
    {
        using var admin = await SignedInAsync();

        var unknown = await HtmlPage.GetAsync(admin.Client, "/admin/runs/no-such-run");
        using var empty = await admin.PostFormAsync("/admin/import", "form.upload-form");
        var refused = await BrowsingContext.New().OpenAsync(r => r.Content(empty.Content.ReadAsStream()));

        Assert.Equal(404, unknown.Status());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("لم يُختر أي ملف: اختر ملفاً أو أكثر أو ملف zip.", refused.QuerySelector("#import-refused")!.TextContent);
    }

    [Fact]
    public async Task A_server_folder_is_imported_only_from_inside_the_inbox()
    {
        var inbox = Directory.CreateTempSubdirectory("newscorpus-inbox-").FullName;
        Directory.CreateDirectory(Path.Combine(inbox, "batch"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "batch", "story.txt"), "قمة جنيف\nنص", Encoding.UTF8);
        using var admin = await SignedInAsync(new() { ["NewsCorpus:InboxDir"] = inbox });

        using var outside = await admin.PostFormAsync("/admin/import", "form.folder-form", fields: new Dictionary<string, string> { ["Folder"] = "../.." });
        using var inside = await admin.PostFormAsync("/admin/import", "form.folder-form", fields: new Dictionary<string, string> { ["Folder"] = "batch" });
        var page = await admin.FinishedRunPageAsync(inside.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("outside the inbox", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("#run-imported")!.TextContent);
        Directory.Delete(inbox, recursive: true);
    }

    [Fact]
    public async Task Maintenance_queues_a_reindex_and_sends_the_admin_to_its_run()
    {
        using var admin = await SignedInAsync();

        var idle = await HtmlPage.GetAsync(admin.Client, "/admin/maintenance");
        using var response = await admin.PostFormAsync("/admin/maintenance", "form.reindex-form");
        var page = await admin.FinishedRunPageAsync(response.Headers.Location!.OriginalString);

        Assert.NotNull(idle.QuerySelector("#writer-idle"));
        Assert.Equal("done", page.QuerySelector(".run-progress")!.GetAttribute("data-status"));
        Assert.Equal("إعادة فهرسة: reindex", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Maintenance_says_how_the_search_index_stands_against_the_store()
    {
        using var admin = await SignedInAsync();
        using var upload = await admin.PostFormAsync("/admin/import", "form.upload-form", Files(
            ("geneva.txt", Text("قمة جنيف\nالتقى الرئيسان في جنيف"))));
        await admin.FinishedRunPageAsync(upload.Headers.Location!.OriginalString);
        var current = await HtmlPage.GetAsync(admin.Client, "/admin/maintenance");
        // A change the index has not taken yet, as between a batch's store commit and its index commit.
        var corpus = admin.App.Corpus;
        var id = corpus.Store.Ids().Single();
        corpus.Store.Upsert(corpus.Store.GetParsed(id)! with { Title = "قمة جنيف محدثة", ContentHash = "changed" });
        var behind = await HtmlPage.GetAsync(admin.Client, "/admin/maintenance");

        Assert.Equal("current", current.QuerySelector("#index-state")!.GetAttribute("data-state"));
        Assert.Equal("المقالات في المخزن: 1؛ في فهرس البحث: 1.", current.QuerySelector(".index-counts")!.TextContent);
        Assert.Equal("behind", behind.QuerySelector("#index-state")!.GetAttribute("data-state"));
        Assert.Contains("1", behind.QuerySelector("#index-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maintenance_and_stats_name_generated_spellings_an_import_brought_as_ordinary_words()
    {
        // فلادمير is generated for the name فلاديمير; here it is a restaurant's name, an ordinary word.
        using var admin = await SignedInAsync();
        var before = await HtmlPage.GetAsync(admin.Client, "/admin/maintenance");

        using var upload = await admin.PostFormAsync("/admin/import", "form.upload-form", Files(
            ("restaurant.txt", Text("افتتاح مطعم جديد\nافتتح مطعم الفلادمير الجديد أبوابه في وسط المدينة أمس"))));
        await admin.FinishedRunPageAsync(upload.Headers.Location!.OriginalString);
        var after = await HtmlPage.GetAsync(admin.Client, "/admin/maintenance");
        var stats = await admin.Client.GetStringAsync(new Uri("/api/v1/stats", UriKind.Relative));

        Assert.Null(before.QuerySelector("#spellings-now-ordinary"));
        var listed = after.QuerySelectorAll("#spellings-now-ordinary li").Select(li => li.TextContent).ToList();
        Assert.Equal([NewsCorpus.Core.Text.ArabicNormalizer.Normalize("فلادمير")], listed);
        Assert.Contains("\"spellings_now_ordinary\":[\"" + listed[0] + "\"]", stats, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/import", "form.upload-form")]
    [InlineData("/admin/import", "form.folder-form")]
    [InlineData("/admin/maintenance", "form.reparse-form")]
    [InlineData("/admin/maintenance", "form.reindex-form")]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_queues_nothing(string url, string formSelector)
    {
        using var admin = await SignedInAsync(new() { ["NewsCorpus:InboxDir"] = Path.GetTempPath() });
        var page = await HtmlPage.GetAsync(admin.Client, url);
        var action = page.QuerySelector(formSelector)!.GetAttribute("action")!;

        using var response = await admin.Client.PostAsync(new Uri(action, UriKind.Relative), Files(("a.txt", Text("قمة\nنص"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(admin.App.Corpus.Runs.Recent(10));
    }

    [Theory]
    [InlineData("/admin/import")]
    [InlineData("/admin/history")]
    [InlineData("/admin/maintenance")]
    [InlineData("/admin/runs/0123")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var app = new ApiAppFactory();
        await app.CreateImportedClientAsync();
        using var client = app.BrowserLikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
    }
}
