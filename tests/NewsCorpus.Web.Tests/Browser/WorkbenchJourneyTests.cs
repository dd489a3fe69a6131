using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsCorpus.Web.Tests.Browser;

/// <summary>The workbench in a real browser: facets kept and left out, the histogram narrowing, results and back, keys, bidi.</summary>
[Collection(SharedBrowser.Name)]
public sealed class WorkbenchJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Two_summits_are_kept_then_a_person_is_excluded_and_every_count_stays_in_view()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search?q=" + Uri.EscapeDataString("بوتين"));
        await page.Locator("#facet-summit ~ ul a.facet-include[href*='summit=g20-2016-hangzhou']").ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
        await page.Locator("#facet-summit ~ ul a.facet-include[href*='summit=geneva-2021']").ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(3);
        // Drill sideways: the other summit keeps its count while two are chosen.
        await Assertions.Expect(page.Locator("#facet-summit ~ ul li:not(.is-included) .facet-count")).ToHaveTextAsync("1");
        await page.Locator("#facet-person ~ ul li:has(a.facet-include[href*='person=kerry']) a.facet-exclude").ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("-person=kerry"));
        await Assertions.Expect(page.Locator(".active-filters li")).ToHaveCountAsync(3);
        await browser.ScreenshotAsync(page, "search-facets-include-exclude-ar");

        await page.Locator(".active-filters li.is-excluded .chip-remove").ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(3);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_year_bar_narrows_to_the_year_then_a_month_bar_to_the_month()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search?q=" + Uri.EscapeDataString("بوتين") + "&culture=en");
        await Assertions.Expect(page.Locator(".histogram svg a")).ToHaveCountAsync(3);
        await page.Locator(".histogram svg a[data-period='2016']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("year=2016"));
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".histogram svg a")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync(page, "search-histogram-month-en");
        await page.Locator(".histogram svg a[data-period='2016-09']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=2016-09-01&to=2016-09-30"));
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task From_results_to_an_article_to_the_next_and_back_with_the_keyboard_keeps_the_search()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();
        var search = browser.BaseUrl + "/search?q=" + Uri.EscapeDataString("بوتين") + "&-summit=geneva-2021&sort=date";

        await page.GotoAsync(search);
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("li.hit h3 a").Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/hangzhou-press.*at=2"));
        await page.Locator(".result-nav a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/new-york.*at=3"));
        await page.Locator(".result-nav a[rel=up]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=[^&]+&-summit=geneva-2021&sort=date$"));
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(3);

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#site-q")).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Mixed_script_queries_and_values_show_in_the_order_they_were_typed(string culture)
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search?q=" + Uri.EscapeDataString("foo:بوتين") + "&culture=" + culture);

        // "foo" typed first stays on the left of بوتين in the heading, and in the notice naming the field.
        Assert.True(await LeftOf(page, "h1 q bdi", "foo", "بوتين"), "heading reorders the query");
        var notice = page.Locator(".notice bdi").First;
        Assert.Equal("foo", await notice.TextContentAsync());
        // A year facet value keeps its digits together and its count beside it, on the side the language reads from.
        var year = page.Locator("#facet-year ~ ul a.facet-include").First;
        var label = await year.Locator(".facet-label").BoundingBoxAsync();
        var count = await year.Locator(".facet-count").BoundingBoxAsync();
        Assert.True(culture == "ar" ? label!.X > count!.X : label!.X < count!.X, "year label and count are mirrored");
        Assert.Equal("2015", await year.Locator(".facet-label").TextContentAsync());
        await browser.ScreenshotAsync(page, "search-bidi-" + culture);
        await page.Context.CloseAsync();
    }

    /// <summary>True when <paramref name="first"/> is drawn left of <paramref name="second"/> inside the element.</summary>
    private static async Task<bool> LeftOf(IPage page, string selector, string first, string second) =>
        await page.EvaluateAsync<bool>("""
            ([selector, first, second]) => {
                const element = document.querySelector(selector);
                const text = element.firstChild;
                const x = word => {
                    const range = document.createRange();
                    const at = text.textContent.indexOf(word);
                    range.setStart(text, at);
                    range.setEnd(text, at + word.length);
                    return range.getBoundingClientRect().left;
                };
                return x(first) < x(second);
            }
            """, new[] { selector, first, second });
}
