using System.Net;

namespace NewsCorpus.Web.Tests.Pages;

public sealed class HomePageTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Home_is_arabic_first_with_a_search_box()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(200, page.Status());
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
    }

    [Fact]
    public async Task Summits_with_articles_are_listed_with_their_counts()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/");

        var cards = page.QuerySelectorAll(".summit-card");
        Assert.Equal(["/summits/geneva-2021", "/summits/g20-2016-hangzhou", "/summits/unga-2015-new-york"],
            cards.Select(c => c.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("مقالان", cards[1].QuerySelector(".count")!.TextContent.Trim());
        Assert.Equal("2016-09-04", cards[1].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Timeline_draws_a_linked_bar_for_each_month_with_articles()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/");

        var links = page.QuerySelectorAll(".timeline svg a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/browse/2015/9", "/browse/2016/9", "/browse/2021/6"], links);
        Assert.Equal(3, page.QuerySelectorAll(".timeline rect.timeline-bar").Length);
        Assert.Contains("مقالان", page.QuerySelector(".timeline a[href='/browse/2016/9'] title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_imported_articles_link_to_their_pages()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/");

        var links = page.QuerySelectorAll(".article-list .article-line-title").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(WorldArticles.All.Count, links.Count);
        Assert.Contains("/articles/geneva", links);
    }

    [Fact]
    public async Task Every_stylesheet_the_layout_links_is_served_whole_even_compressed()
    {
        var client = await factory.CreateWorldClientAsync();
        var page = await HtmlPage.GetAsync(client, "/");

        var hrefs = page.QuerySelectorAll("link[rel=stylesheet], link[rel=preload]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(3, hrefs.Count);
        foreach (var href in hrefs)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip"); // as every browser does
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, href + " was served empty");
        }
    }

    [Fact]
    public async Task The_arabic_web_font_is_served_by_the_app_itself()
    {
        var client = await factory.CreateWorldClientAsync();

        var css = await client.GetStringAsync(new Uri("/css/fonts.css", UriKind.Relative));
        var response = await client.GetAsync(new Uri("/lib/noto-naskh-arabic/noto-naskh-arabic-arabic-400-normal.woff2", UriKind.Relative));

        Assert.Contains("Noto Naskh Arabic", css, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("font/woff2", response.Content.Headers.ContentType?.MediaType);
    }
}
