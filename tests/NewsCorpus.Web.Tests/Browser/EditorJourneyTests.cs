using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;
using NewsCorpus.Web.Tests.Processes;

namespace NewsCorpus.Web.Tests.Browser;

/// <summary>
/// An editor's day in a real browser against the built site as a real process: sign in, upload two good files and a
/// bad one, watch the run page count them (the writer is held after its first one-file batch, then the site is
/// killed and restarted, and the run resumes), see the report, find the new article in search, correct its summit,
/// remove it, and see it gone.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser) : IDisposable
{
    private const string Password = "a long pass phrase";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-journey-").FullName;
    private string DataDir => Path.Combine(_dir, "var");

    [SkippableFact]
    public async Task An_editor_watches_an_upload_run_then_finds_corrects_and_removes_the_new_article()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        const string name = "editor";
        new AdminAccounts(Database.InDataDir(DataDir)).Add(name, Password);
        const string word = "كلمةرحلةالمحرر";
        var uploads = Directory.CreateDirectory(Path.Combine(_dir, "uploads")).FullName;
        var good = Path.Combine(uploads, "journey-geneva.txt");
        var second = Path.Combine(uploads, "journey-other.txt");
        var bad = Path.Combine(uploads, "journey-broken.txt");
        await File.WriteAllTextAsync(good, $"قمة جنيف\nالتقى الرئيسان لبحث {word} في جنيف", Encoding.UTF8);
        await File.WriteAllTextAsync(second, "قمة أخرى\nنص آخر عن اللقاء", Encoding.UTF8);
        await File.WriteAllBytesAsync(bad, [0, 1, 2, 3, 0, 0]);
        var id = ArticleId.FromFileName(Path.GetFileName(good));

        // One file per batch, and the writer stops for good after the first batch reaches the index.
        var (held, heldUrl) = SiteProcess.Start(DataDir, Patience, BuiltApps.SmallBatches(1, "index-commit:1"));
        var page = await browser.NewPageAsync();
        string runPath;
        using (held)
        {
            var site = heldUrl.ToString().TrimEnd('/');
            await page.GotoAsync(site + "/admin/import");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/admin/signin\?returnUrl=%2Fadmin%2Fimport$"));
            await page.GetByLabel("الاسم").FillAsync(name);
            await page.GetByLabel("كلمة المرور").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "دخول", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/import$"));

            await page.Locator("#upload-files").SetInputFilesAsync([good, second, bad]);
            await page.GetByRole(AriaRole.Button, new() { Name = "ارفع واستورد" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/runs/[0-9a-f]+$"));
            runPath = new Uri(page.Url).AbsolutePath;

            // The page reloads itself while the run works: one file of three done, the run still running.
            held.WaitForOutput("NEWSCORPUS_TEST_PAUSED", Patience);
            await Assertions.Expect(page.Locator("#run-done")).ToHaveTextAsync("1 / 3");
            await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync("جارية");
            await Assertions.Expect(page.Locator("#run-refreshes")).ToBeVisibleAsync();
            await browser.ScreenshotAsync(page, "admin-run-progress-ar");
            held.Kill();
            // The run page reloads itself on a timer: leave it, or that reload can cut short the next navigation (ERR_ABORTED).
            await page.GotoAsync("about:blank");
        }

        // Restarted, the site resumes the unfinished run; the same page (the sign-in survives: keys live in the data folder) shows the report.
        var (restarted, url) = SiteProcess.Start(DataDir, Patience, BuiltApps.SmallBatches(1));
        using var _ = restarted;
        var origin = url.ToString().TrimEnd('/');
        await page.GotoAsync(origin + runPath);
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync("اكتملت", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#run-done")).ToHaveTextAsync("3 / 3");
        await Assertions.Expect(page.Locator("#run-imported")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#run-failed")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#run-refreshes")).ToHaveCountAsync(0);
        var refusedRow = page.Locator(".run-files tr", new() { HasText = "journey-broken.txt" });
        await Assertions.Expect(refusedRow).ToContainTextAsync("مرفوضة");
        await Assertions.Expect(page.Locator(".run-files tr", new() { HasText = "journey-geneva.txt" }).GetByRole(AriaRole.Link, new() { Name = "جديدة" }))
            .ToHaveAttributeAsync("href", "/articles/" + id);
        await browser.ScreenshotAsync(page, "admin-run-report-ar");

        await page.GotoAsync(origin + "/search?q=" + Uri.EscapeDataString(word));
        await page.Locator($"a[href^='/articles/{id}']").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "تحرير المقال" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/admin/articles/{id}$"));
        await page.Locator("#correct-summit").SelectOptionAsync("helsinki-2018");
        await page.Locator("#correct-reason").FillAsync("the meeting was in Helsinki");
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ التصحيح" }).ClickAsync();
        await Assertions.Expect(page.Locator(".standing-corrections")).ToContainTextAsync("the meeting was in Helsinki");
        await page.GotoAsync(origin + $"/articles/{id}");
        await Assertions.Expect(page.Locator("#corrected .corrected-field[data-field='summit_id']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"a[href^='/summits/helsinki-2018']").First).ToBeVisibleAsync();

        await page.GotoAsync(origin + $"/admin/articles/{id}");
        await page.Locator("#remove-reason").FillAsync("a test story");
        await page.GetByRole(AriaRole.Button, new() { Name = "احذف المقال" }).ClickAsync();
        await Assertions.Expect(page.Locator("#removed-by")).ToContainTextAsync("a test story");
        await page.GotoAsync(origin + "/search?q=" + Uri.EscapeDataString(word));
        await Assertions.Expect(page.Locator($"a[href^='/articles/{id}']")).ToHaveCountAsync(0);
        var response = await page.GotoAsync(origin + $"/articles/{id}");
        Assert.Equal(404, response!.Status);
        await page.Context.CloseAsync();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
