using AngleSharp;
using System.Net;
using System.Text;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Web.Tests.Auth;

namespace NewsCorpus.Web.Tests.Pages.Admin;

public sealed class AdminArticlePagesTests : IDisposable
{
    private AdminPageClient? _admin;

    // A signed-in admin and an article imported through the import page.
    private async Task<(AdminPageClient Admin, string Id)> ImportedAsync()
    {
        _admin = await AdminPageClient.SignedInAsync();
        var files = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("قمة جنيف\nالتقى الرئيسان لبحث كلمةصفحةالتحرير")), "files", "desk.txt" },
        };
        using var response = await _admin.PostFormAsync("/admin/import", "form.upload-form", files);
        await _admin.FinishedRunPageAsync(response.Headers.Location!.OriginalString);
        return (_admin, ArticleId.FromFileName("desk.txt"));
    }

    private int Hits(string? summit = null) =>
        _admin!.App.Corpus.Searcher.Search(new SearchRequest { Query = "كلمةصفحةالتحرير", Summit = summit }).Total;

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    [Fact]
    public async Task Correcting_the_summit_with_a_reason_shows_on_the_article_page_and_in_search_and_can_be_reverted()
    {
        var (admin, id) = await ImportedAsync();
        var url = $"/admin/articles/{id}";
        var form = await HtmlPage.GetAsync(admin.Client, url);
        var title = form.QuerySelector("#correct-title")!.GetAttribute("value")!;

        using var corrected = await admin.PostFormAsync(url, "form.correct-form", fields: Fields(
            ("Title", title), ("Summit", "helsinki-2018"), ("Reason", "the meeting was in Helsinki")));
        var article = await HtmlPage.GetAsync(admin.Client, $"/articles/{id}");
        var editor = await HtmlPage.GetAsync(admin.Client, url);
        var searchAfterCorrection = Hits("helsinki-2018");
        using var reverted = await admin.PostFormAsync(url, "form.revert-form");

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains(form.QuerySelectorAll("#correct-summit option"), o => o.GetAttribute("value") == "helsinki-2018");
        Assert.Equal(["summit_id"], article.QuerySelectorAll("#corrected .corrected-field").Select(e => e.GetAttribute("data-field")));
        Assert.Equal("helsinki-2018", editor.QuerySelector("#correct-summit option[selected]")!.GetAttribute("value"));
        Assert.Contains("the meeting was in Helsinki", editor.QuerySelector(".standing-corrections")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, searchAfterCorrection);
        Assert.Equal(HttpStatusCode.Redirect, reverted.StatusCode);
        Assert.Equal(0, Hits("helsinki-2018"));
        Assert.Empty(admin.App.Corpus.Store.Get(id)!.CorrectedFields);
    }

    [Fact]
    public async Task A_correction_saved_while_the_index_fails_says_so_and_reaches_search_once_the_site_recovered_the_index()
    {
        var (admin, id) = await ImportedAsync();
        var url = $"/admin/articles/{id}";
        Directory.Delete(Path.Combine(admin.App.DataDir, "index"), recursive: true);

        using var corrected = await admin.PostFormAsync(url, "form.correct-form", fields: Fields(
            ("Title", "عنوان بعد الاستعادة"), ("Reason", "typo")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, corrected.StatusCode);
        var html = await corrected.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
        Assert.NotNull(page.QuerySelector("#edit-refused"));
        Assert.Equal("عنوان بعد الاستعادة", page.QuerySelector("#correct-title")!.GetAttribute("value"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (admin.App.Corpus.Searcher.Search(new SearchRequest { Query = "\"عنوان بعد الاستعادة\"" }).Total == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "search did not show the correction within 30 s");
            await Task.Delay(100);
        }
        Assert.True(admin.App.Corpus.CheckIndex().IsCurrent);
    }

    [Fact]
    public async Task A_correction_without_a_reason_or_with_a_bad_date_is_refused_on_the_page()
    {
        var (admin, id) = await ImportedAsync();
        var url = $"/admin/articles/{id}";

        using var noReason = await admin.PostFormAsync(url, "form.correct-form", fields: Fields(("Title", "عنوان آخر"), ("Reason", " ")));
        using var badDate = await admin.PostFormAsync(url, "form.correct-form", fields: Fields(("Title", "عنوان آخر"), ("Date", "2018-13-45"), ("Reason", "r")));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("yyyy-MM-dd", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(admin.App.Corpus.Store.Get(id)!.CorrectedFields);
    }

    [Fact]
    public async Task Removing_hides_the_article_everywhere_at_once_and_the_removed_list_leads_to_restoring_it()
    {
        var (admin, id) = await ImportedAsync();
        var url = $"/admin/articles/{id}";

        using var removed = await admin.PostFormAsync(url, "form.remove-form", fields: Fields(("Reason", "duplicate of another story")));
        var publicPage = await HtmlPage.GetAsync(admin.Client, $"/articles/{id}");
        var searchAfterRemoval = Hits();
        var storedAfterRemoval = admin.App.Corpus.Store.Count();
        var list = await HtmlPage.GetAsync(admin.Client, "/admin/removed");
        using var restored = await admin.PostFormAsync(url, "form.restore-form");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(404, publicPage.Status());
        Assert.Equal(0, searchAfterRemoval);
        Assert.Equal(0, storedAfterRemoval);
        Assert.Equal(url, list.QuerySelector(".removed-articles a")!.GetAttribute("href"));
        Assert.Contains("duplicate of another story", list.QuerySelector(".removed-articles")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(1, Hits());
    }

    [Theory]
    [InlineData("form.correct-form")]
    [InlineData("form.remove-form")]
    public async Task An_edit_posted_without_its_antiforgery_token_is_refused(string formSelector)
    {
        var (admin, id) = await ImportedAsync();
        var page = await HtmlPage.GetAsync(admin.Client, $"/admin/articles/{id}");
        var action = page.QuerySelector(formSelector)!.GetAttribute("action")!;

        using var response = await admin.Client.PostAsync(new Uri(action, UriKind.Relative),
            new FormUrlEncodedContent(Fields(("Title", "x"), ("Reason", "r"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, Hits());
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_open_the_editor_and_an_unknown_article_is_not_found()
    {
        var (admin, _) = await ImportedAsync();
        using var anonymous = admin.App.BrowserLikeClient();

        using var response = await anonymous.GetAsync(new Uri("/admin/articles/whatever", UriKind.Relative));
        var unknown = await HtmlPage.GetAsync(admin.Client, "/admin/articles/no-such-article");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(404, unknown.Status());
    }

    public void Dispose() => _admin?.Dispose();
}
