using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsCorpus.Web.Tests.Browser;

/// <summary>What a reader does in a real browser: search, filter, open, read, browse, switch language, use a phone.</summary>
[Collection(SharedBrowser.Name)]
public sealed class BrowserJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Search_from_home_then_open_an_article_and_see_the_words_marked()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/");
        var box = page.GetByLabel("ابحث في الأرشيف");
        await box.FillAsync("إطلاق");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));
        await Assertions.Expect(page.Locator("li.hit .snippet mark").First).ToHaveTextAsync("إطلاق");
        await browser.ScreenshotAsync(page, "search-results-ar");

        await page.Locator("li.hit h3 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/articles/hangzhou-meeting\?q="));
        await Assertions.Expect(page.Locator(".article-body mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".article-body mark").First).ToHaveTextAsync("إطلاق");
        await browser.ScreenshotAsync(page, "article-highlighted-ar");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_date_range_filter_is_applied_then_removed_on_its_own()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search?q=" + Uri.EscapeDataString("بوتين"));
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(4);
        await page.Locator("#from").FillAsync("2016-01-01");
        await page.Locator("#to").FillAsync("2016-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "تطبيق" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".active-filters li")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync(page, "search-filtered-ar");

        await page.Locator(".active-filters .chip-remove").First.ClickAsync();
        await Assertions.Expect(page.Locator(".active-filters li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(3); // to 2016-12-31 alone keeps New York
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    [Trait("needs", "search-facets")]
    public async Task A_facet_is_applied_and_removed()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search?q=" + Uri.EscapeDataString("بوتين"));
        await page.Locator("#facet-summit ~ ul a.facet-include[href*='summit=g20-2016-hangzhou']").ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".active-filters li")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync(page, "search-facet-ar");

        await page.Locator(".active-filters .chip-remove").ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".active-filters li")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Browse_a_summit_from_the_summits_page()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "التنقل الرئيسي" }).GetByRole(AriaRole.Link, new() { Name = "القمم" }).ClickAsync();
        await page.Locator("a[href='/summits/g20-2016-hangzhou']").ClickAsync();
        await Assertions.Expect(page.Locator(".summit-articles .article-line")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync(page, "summit-ar");

        await page.Locator(".summit-articles .article-line-title").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(WorldArticles.HangzhouPress.Title);
        await browser.ScreenshotAsync(page, "article-ar");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Switch_to_english_is_remembered_across_pages_and_switches_back()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var html = page.Locator("html");

        await page.GotoAsync(browser.BaseUrl + "/summits/g20-2016-hangzhou");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "ltr");
        Assert.EndsWith("/summits/g20-2016-hangzhou", page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "summit-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        await browser.ScreenshotAsync(page, "home-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_phone_pages_fit_the_screen_and_search_works()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });

        foreach (var (url, name) in new[] { ("/", "home"), ("/search?q=" + Uri.EscapeDataString("بوتين"), "search"), ("/articles/hangzhou-meeting", "article"), ("/summits", "summits") })
        {
            await page.GotoAsync(browser.BaseUrl + url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a phone screen");
            await browser.ScreenshotAsync(page, "phone-" + name);
        }
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.Locator("#home-q").FillAsync("جنيف");
        await page.Locator("#home-q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }
}
