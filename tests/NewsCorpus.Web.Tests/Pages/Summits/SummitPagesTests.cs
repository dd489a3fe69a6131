namespace NewsCorpus.Web.Tests.Pages.Summits;

public sealed class SummitPagesTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Every_catalog_summit_is_listed_once_grouped_by_year()
    {
        var client = await factory.CreateWorldClientAsync();
        var catalog = factory.Corpus.Catalogs.Summits.Summits;

        var page = await HtmlPage.GetAsync(client, "/summits");

        var rows = page.QuerySelectorAll(".summit-row a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(catalog.Select(s => "/summits/" + s.Id).Order(), rows.Order());
        var years = page.QuerySelectorAll(".year-group h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(catalog.Select(s => s.MeetingDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().OrderDescending(), years);
        var hangzhou = page.QuerySelectorAll(".summit-row").Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/summits/g20-2016-hangzhou");
        Assert.Equal("مقالان", hangzhou.QuerySelector(".count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Summit_page_shows_its_facts_from_the_catalog()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/summits/g20-2016-hangzhou");

        Assert.Equal(200, page.Status());
        Assert.Equal(factory.Corpus.Catalogs.Summits.Find("g20-2016-hangzhou")!.NameAr, page.QuerySelector("h1")!.TextContent.Trim());
        var facts = page.QuerySelector(".facts dl")!.TextContent;
        Assert.Contains("مجموعة العشرين", facts, StringComparison.Ordinal);
        Assert.Contains("هانغتشو", facts, StringComparison.Ordinal);
        var participants = page.QuerySelectorAll(".facts .inline-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/search?person=obama", "/search?person=putin"], participants);
    }

    [Fact]
    public async Task Summit_page_lists_its_articles_grouped_by_date_oldest_first()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/summits/g20-2016-hangzhou");

        var days = page.QuerySelectorAll(".day-group").ToList();
        Assert.Equal(["4 سبتمبر 2016", "5 سبتمبر 2016"], days.Select(d => d.QuerySelector("h3")!.TextContent.Trim()));
        Assert.Equal("/articles/hangzhou-press", days[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/articles/hangzhou-meeting", days[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Summit_without_articles_says_so()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/summits/ljubljana-2001");

        Assert.Equal(200, page.Status());
        Assert.Empty(page.QuerySelectorAll(".day-group"));
        Assert.NotNull(page.QuerySelector(".summit-articles .muted"));
    }

    [Fact]
    public async Task Unknown_summit_is_a_404()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/summits/no-such-summit");

        Assert.Equal(404, page.Status());
    }
}
