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
