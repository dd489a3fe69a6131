namespace NewsCorpus.Web.Tests.Browser;

/// <summary>axe-core (vendored, injected into each page) finds no serious or critical violation on any page type, in either language.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PageTypes => new()
    {
        { "/", "home" },
        { "/search?q=" + Uri.EscapeDataString("بوتين") + "&summit=g20-2016-hangzhou", "search" },
        { "/search?q=" + Uri.EscapeDataString("كلمةلاتوجد"), "search-empty" },
        { "/summits", "summits" },
        { "/summits/g20-2016-hangzhou", "summit" },
        { "/browse", "browse" },
        { "/browse/2016", "browse-year" },
        { "/browse/2016/9", "browse-month" },
        { "/articles/hangzhou-meeting?q=" + Uri.EscapeDataString("بوتين"), "article" },
        { "/search?q=" + Uri.EscapeDataString("بوتين") + "&summit=g20-2016-hangzhou&summit=geneva-2021&-person=kerry", "search-facets" },
        { "/search?q=" + Uri.EscapeDataString("بوتين") + "&year=2016", "search-histogram-months" },
        { "/articles/hangzhou-press?q=" + Uri.EscapeDataString("بوتين") + "&sort=date&at=2", "article-in-results" },
        { "/help", "help" },
        { "/docs/api", "api-reference" },
        { "/no/such/page", "not-found" },
        { "/admin/signin", "admin-signin" },
    };

    [SkippableFact]
    public async Task Every_page_type_has_no_serious_or_critical_violations_in_arabic_and_english()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        // axe is injected as an inline script, which the site's Content-Security-Policy rightly forbids.
        var page = await browser.NewPageAsync(new() { BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var failures = new List<string>();

        foreach (var culture in new[] { "ar", "en" })
        {
            foreach (var row in PageTypes)
            {
                var (url, name) = ((string)row[0], (string)row[1]);
                var address = browser.BaseUrl + url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
                await page.GotoAsync(address);
                failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{culture} {url}: {v}"));
                await browser.ScreenshotAsync(page, $"page-{name}-{culture}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.Context.CloseAsync();
    }
}
