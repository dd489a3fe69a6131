using NewsCorpus.Web.Pages.Admin;

namespace NewsCorpus.Web.Tests.Auth;

public sealed class AdminPagesTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    private async Task<(HttpClient Client, string Name)> SignedInAsync()
    {
        await factory.CreateWorldClientAsync();
        var client = factory.BrowserLikeClient();
        var name = factory.AddAdmin();
        await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password);
        return (client, name);
    }

    [Fact]
    public async Task The_admin_home_says_who_is_signed_in_and_offers_sign_out_as_a_protected_form()
    {
        var (client, name) = await SignedInAsync();

        var page = await HtmlPage.GetAsync(client, "/admin");

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("إدارة الأرشيف", page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"أنت داخل باسم {name}", page.QuerySelector("#signed-in-as")!.TextContent);
        Assert.Equal(name, page.QuerySelector("#signed-in-as bdi")!.TextContent);
        var signOut = page.QuerySelector("form.signout-form")!;
        Assert.Equal("post", signOut.GetAttribute("method"));
        Assert.Equal("/admin/signout", signOut.GetAttribute("action"));
        Assert.NotNull(signOut.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("page", page.QuerySelector(".site-nav a[href='/admin']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_admin_home_lists_every_task_in_both_languages_and_links_those_whose_page_exists()
    {
        var (client, _) = await SignedInAsync();

        var arabic = await HtmlPage.GetAsync(client, "/admin");
        var english = await HtmlPage.GetAsync(client, "/admin?culture=en");

        foreach (var page in new[] { arabic, english })
        {
            var tasks = page.QuerySelectorAll(".admin-tasks li");
            Assert.Equal(IndexModel.Tasks.Count, tasks.Length);
            // A missing string would show its key; a task without a page has no link.
            Assert.DoesNotContain(tasks, li => li.TextContent.Contains("AdminTask_", StringComparison.Ordinal));
            Assert.Equal(IndexModel.Tasks.Count(t => t.Href is not null), page.QuerySelectorAll(".admin-tasks a").Length);
        }
        Assert.Equal(["Import", "Import history", "Correct an article", "Remove an article", "Maintenance"],
            english.QuerySelectorAll(".admin-task-name").Select(e => e.TextContent));
        Assert.Equal("Archive administration", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_sign_in_page_is_arabic_first_with_a_protected_form_and_password_manager_hints()
    {
        await factory.CreateWorldClientAsync();
        var client = factory.BrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/admin/signin");
        var english = await HtmlPage.GetAsync(client, "/admin/signin?culture=en");

        Assert.Equal(200, page.Status());
        Assert.Equal("دخول المشرفين", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Admin sign-in", english.QuerySelector("h1")!.TextContent);
        var form = page.QuerySelector("form.signin-form")!;
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("username", form.QuerySelector("#signin-name")!.GetAttribute("autocomplete"));
        Assert.Equal("current-password", form.QuerySelector("#signin-password")!.GetAttribute("autocomplete"));
        Assert.Null(form.QuerySelector("#signin-password")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#signin-refused"));
    }
}
