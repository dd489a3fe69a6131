using AngleSharp.Dom;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class SearchPageTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    private static List<string?> HitLinks(IDocument page) =>
        page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task Query_is_echoed_with_the_total_and_marked_snippets()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("إطلاق"));

        Assert.Equal("إطلاق", page.QuerySelector("h1 q")!.TextContent);
        Assert.Equal("نتيجة واحدة", page.QuerySelector(".total")!.TextContent);
        Assert.Equal(["/articles/hangzhou-meeting?q=" + Q("إطلاق") + "&at=1"], HitLinks(page));
        Assert.Equal("إطلاق", page.QuerySelector("li.hit .snippet mark")!.TextContent);
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first_and_is_in_the_address()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين") + "&sort=date");

        Assert.Equal(["/articles/geneva", "/articles/hangzhou-meeting", "/articles/hangzhou-press", "/articles/new-york"],
            HitLinks(page).Select(h => h!.Split('?')[0]));
        Assert.Equal("true", page.QuerySelector($".sort a[href='/search?q={Q("بوتين")}&sort=date']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task An_active_filter_is_shown_and_can_be_removed_on_its_own()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين") + "&summit=g20-2016-hangzhou&year=2016");

        Assert.Equal(2, page.QuerySelectorAll("li.hit").Length);
        var removes = page.QuerySelectorAll(".active-filters .chip-remove").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/search?q=" + Q("بوتين") + "&year=2016", "/search?q=" + Q("بوتين") + "&summit=g20-2016-hangzhou"], removes);
        Assert.Contains("قمة", page.QuerySelector(".active-filters li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_range_filters_and_keeps_the_other_filters_in_its_form()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين") + "&from=2016-01-01&to=2016-12-31&sort=date");

        Assert.Equal(["/articles/hangzhou-meeting", "/articles/hangzhou-press"], HitLinks(page).Select(h => h!.Split('?')[0]));
        var form = page.QuerySelector("form.date-range")!;
        Assert.Equal("2016-01-01", form.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.Equal("date", form.QuerySelector("input[name=sort]")!.GetAttribute("value"));
        Assert.Equal("بوتين", form.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_query_syntax_shows_a_message_not_an_error_page()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين AND (\""));

        Assert.Equal(200, page.Status());
        Assert.NotNull(page.QuerySelector(".notice[role=alert]"));
    }

    [Fact]
    public async Task An_unknown_field_is_explained_in_the_interface_language()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("foo:بوتين"));

        var notice = page.QuerySelector(".notice[role=alert]")!.TextContent;
        Assert.Contains("«foo:» ليس حقلا", notice, StringComparison.Ordinal);
        Assert.Contains("summit:", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_parameters_are_ignored_not_errors()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين") + "&year=abc&from=2016-13-45&page=-3&sort=sideways");

        Assert.Equal(200, page.Status());
        Assert.Equal(4, page.QuerySelectorAll("li.hit").Length);
        Assert.Empty(page.QuerySelectorAll(".active-filters li"));
        Assert.Contains(page.QuerySelectorAll("p.notice"), n => n.TextContent.EndsWith("year, from, page, sort", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_results_offers_to_drop_each_filter()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("إطلاق") + "&summit=geneva-2021");

        Assert.Empty(page.QuerySelectorAll("li.hit"));
        var drop = page.QuerySelector(".no-results a")!;
        Assert.Equal("/search?q=" + Q("إطلاق"), drop.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_are_paged_with_stable_page_addresses()
    {
        var client = await factory.CreateWorldClientAsync();
        factory.Add([.. Enumerable.Range(1, 25).Select(n => WorldArticles.Numbered(n, "هامبورغ"))]);

        var first = await HtmlPage.GetAsync(client, "/search?q=" + Q("هامبورغ"));
        var second = await HtmlPage.GetAsync(client, "/search?q=" + Q("هامبورغ") + "&page=2");

        Assert.Equal(20, first.QuerySelectorAll("li.hit").Length);
        Assert.Equal(5, second.QuerySelectorAll("li.hit").Length);
        Assert.Equal("/search?q=" + Q("هامبورغ") + "&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("page", second.QuerySelector(".pager a[href$='page=2']")!.GetAttribute("aria-current"));
        Assert.Empty(first.QuerySelectorAll(".pager a[rel=prev]"));
        Assert.Equal("21", second.QuerySelector("ol.hits")!.GetAttribute("start"));
    }

    [Fact]
    public async Task A_page_past_the_end_goes_to_the_last_page()
    {
        var client = await factory.CreateWorldClientAsync();
        factory.Add([.. Enumerable.Range(1, 25).Select(n => WorldArticles.Numbered(n, "هامبورغ"))]);

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("هامبورغ") + "&page=99");

        Assert.Equal(5, page.QuerySelectorAll("li.hit").Length);
        Assert.Equal("page", page.QuerySelector(".pager a[href$='page=2']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Query_text_is_encoded_not_executed()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("<script>alert(1)</script>"));

        Assert.Equal(200, page.Status());
        // Only the site's own script file (keyboard shortcuts); nothing from the query.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("", s.TextContent));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/keys", s.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    [Trait("needs", "search-facets")]
    public async Task Facet_values_link_to_the_search_with_that_filter_added()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين"));

        var summitFacet = page.QuerySelectorAll(".facet").Single(f => f.QuerySelector("h3")!.Id == "facet-summit");
        var hangzhou = summitFacet.QuerySelectorAll("a.facet-include").Single(a => a.GetAttribute("href")!.Contains("summit=g20-2016-hangzhou", StringComparison.Ordinal));
        Assert.Equal("2", hangzhou.QuerySelector(".facet-count")!.TextContent);
        var filtered = await HtmlPage.GetAsync(client, hangzhou.GetAttribute("href")!);
        Assert.Equal(2, filtered.QuerySelectorAll("li.hit").Length);
        Assert.NotNull(filtered.QuerySelector(".facet a[aria-current=true]"));
    }
}
