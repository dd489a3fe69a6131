namespace NewsCorpus.Web.Tests.Pages;

/// <summary>The pages over the sample articles, as imported on first start.</summary>
public sealed class SampleArticlesTests(CorpusAppFactory factory) : IClassFixture<CorpusAppFactory>
{
    [Fact]
    public async Task Arabic_name_finds_the_sample_article_and_its_page_shows_the_full_text_marked()
    {
        var client = await factory.CreateImportedClientAsync();

        var search = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString("بيسكوف"));
        var hit = Assert.Single(search.QuerySelectorAll("li.hit"));
        var article = await HtmlPage.GetAsync(client, hit.QuerySelector("h3 a")!.GetAttribute("href")!);

        Assert.Contains("أوباما وبوتين يبحثان أزمتي سوريا وأوكرانيا", hit.QuerySelector("h3 a")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("بيسكوف", hit.QuerySelector(".snippet mark")!.TextContent);
        Assert.Equal(200, article.Status());
        Assert.Contains("دميتري بيسكوف", article.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("بيسكوف", article.QuerySelector(".article-body mark")!.TextContent);
    }

    [Fact]
    public async Task Every_sample_article_page_renders()
    {
        var client = await factory.CreateImportedClientAsync();

        foreach (var article in factory.Corpus.Store.All())
        {
            var page = await HtmlPage.GetAsync(client, "/articles/" + article.Id);
            Assert.Equal(200, page.Status());
            Assert.Equal(article.Title, page.QuerySelector("h1")!.TextContent);
        }
    }

    [Theory]
    [Trait("needs", "ingestion")]
    [InlineData("g20-2016-hangzhou", 2)]
    [InlineData("unga-2015-new-york", 1)]
    [InlineData("geneva-2021", 1)]
    [InlineData("g8-2013-lough-erne", 1)]
    public async Task Summit_pages_list_the_samples_ingestion_places_there(string summit, int articles)
    {
        var client = await factory.CreateImportedClientAsync();

        var page = await HtmlPage.GetAsync(client, "/summits/" + summit);

        Assert.Equal(articles, page.QuerySelectorAll(".summit-articles .article-line").Length);
    }

    [Fact]
    [Trait("needs", "ingestion")]
    public async Task The_geneva_sample_is_browsable_under_its_day()
    {
        var client = await factory.CreateImportedClientAsync();

        var page = await HtmlPage.GetAsync(client, "/browse/2021/6");

        var day = Assert.Single(page.QuerySelectorAll(".day-group"));
        Assert.Equal("16 يونيو 2021", day.QuerySelector("h2")!.TextContent.Trim());
        var id = NewsCorpus.Core.Ingestion.ArticleId.FromFileName("001_7e6d6378600d8139.txt");
        Assert.Equal("/articles/" + id, day.QuerySelector(".article-line-title")!.GetAttribute("href"));
    }
}
