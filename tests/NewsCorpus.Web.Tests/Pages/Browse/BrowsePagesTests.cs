namespace NewsCorpus.Web.Tests.Pages.Browse;

public sealed class BrowsePagesTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Browse_lists_the_years_with_dated_articles_newest_first()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/browse");

        Assert.Equal(["/browse/2021", "/browse/2016", "/browse/2015"], page.QuerySelectorAll(".year-tiles a").Select(a => a.GetAttribute("href")));
        Assert.Contains("مقال واحد", page.QuerySelector("main > p.muted")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_shows_its_twelve_months_and_links_only_those_with_articles()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/browse/2016");

        Assert.Equal(12, page.QuerySelectorAll(".month-grid li").Length);
        var link = Assert.Single(page.QuerySelectorAll(".month-grid a"));
        Assert.Equal("/browse/2016/9", link.GetAttribute("href"));
        Assert.Contains("سبتمبر", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("مقالان", link.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/browse/2016/9?page=2", 0)]
    [InlineData("/browse/2016/9?page=1", 2)]
    [InlineData("/browse/2016/9?page=zero", 2)]
    [InlineData("/summits/g20-2016-hangzhou?page=2", 0)]
    [InlineData("/summits/g20-2016-hangzhou?page=-4", 2)]
    public async Task Long_lists_show_the_page_asked_for_and_the_first_for_a_page_that_is_no_number(string url, int lines)
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(lines, page.QuerySelectorAll(".day-group .article-line-title").Length);
        Assert.Contains("مقالان", page.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_page_links_its_neighbours_and_counts_pages_of_one_hundred()
    {
        var third = new NewsCorpus.Web.Pages.ListPage("/browse/2016/9", 3, 250);

        Assert.Equal(3, third.Count);
        Assert.Equal("/browse/2016/9", third.Url(1));
        Assert.Equal("/browse/2016/9?page=2", third.Url(2));
        Assert.Equal(200, NewsCorpus.Web.Pages.ListPage.OffsetOf(3));
        Assert.Equal(1, NewsCorpus.Web.Pages.ListPage.Requested(0));
    }

    [Fact]
    public async Task A_month_lists_its_articles_by_day()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/browse/2016/9");

        Assert.Equal("سبتمبر 2016", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/articles/hangzhou-press", "/articles/hangzhou-meeting"],
            page.QuerySelectorAll(".day-group .article-line-title").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/browse/2016/13")]
    [InlineData("/browse/2016/0")]
    [InlineData("/browse/0")]
    [InlineData("/browse/abc")]
    public async Task Impossible_dates_are_404(string url)
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(404, page.Status());
    }
}
