namespace NewsCorpus.Web.Tests.Pages;

public sealed class SearchPageTests : IClassFixture<CorpusAppFactory>
{
    private readonly CorpusAppFactory _factory;

    public SearchPageTests(CorpusAppFactory factory) => _factory = factory;

    [Fact]
    public async Task Arabic_keyword_finds_the_article_on_the_search_page()
    {
        var client = await _factory.CreateImportedClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString("بيسكوف"));

        Assert.Equal(200, page.Status());
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var hit = Assert.Single(page.QuerySelectorAll("li.hit"));
        Assert.Contains("أوباما وبوتين يبحثان أزمتي سوريا وأوكرانيا", hit.QuerySelector("h2 a")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("بيسكوف", hit.QuerySelector(".snippet mark")!.TextContent);
    }

    [Fact]
    public async Task Article_page_shows_the_full_text()
    {
        var client = await _factory.CreateImportedClientAsync();
        var search = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString("بيسكوف"));
        var link = search.QuerySelector("li.hit h2 a")!.GetAttribute("href")!;

        var article = await HtmlPage.GetAsync(client, link);

        Assert.Equal(200, article.Status());
        Assert.Contains("دميتري بيسكوف", article.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_text_is_encoded_not_executed()
    {
        var client = await _factory.CreateImportedClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Equal(200, page.Status());
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Unknown_article_gets_a_friendly_404()
    {
        var client = await _factory.CreateImportedClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/no-such-id");

        Assert.Equal(404, page.Status());
        Assert.Equal("الصفحة غير موجودة", page.QuerySelector("h1")!.TextContent);
    }
}
