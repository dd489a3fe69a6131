using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace NewsCorpus.Web.Tests.Pages.Search;

/// <summary>
/// More hits than pages reach (the deepest offset is configured small, so the store stays small): every hit is
/// still reachable exactly once, through the export and through the API's <c>next</c> cursor, and the page past
/// the limit says how to get at them instead of repeating the last page's articles.
/// </summary>
public sealed class DeepResultsTests(DeepResultsTests.App factory) : IClassFixture<DeepResultsTests.App>
{
    public const int MaxOffset = 40;
    public const int Articles = 150;

    public sealed class App : WorldAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NewsCorpus:MaxResultOffset", MaxOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Above this search's hits, below the whole store's.
            builder.UseSetting("NewsCorpus:MaxExportRows", (Articles + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public async Task<HttpClient> CreateDeepClientAsync()
        {
            var client = await CreateWorldClientAsync();
            if (Corpus.Store.Get("numbered-150") is null)
                Add([.. Enumerable.Range(1, Articles).Select(n => WorldArticles.Numbered(n, "هامبورغ"))]);
            return client;
        }
    }

    private static readonly string Word = Uri.EscapeDataString("هامبورغ");

    [Theory]
    [InlineData("")]
    [InlineData("&sort=date")]
    public async Task Csv_export_of_more_hits_than_pages_reach_has_every_hit_once(string sort)
    {
        var client = await factory.CreateDeepClientAsync();

        var csv = await client.GetStringAsync(new Uri("/search.csv?q=" + Word + sort, UriKind.Relative));

        var ids = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(Articles, ids.Count);
        Assert.Equal(Articles, ids.Distinct().Count());
    }

    [Fact]
    public async Task Export_is_in_the_order_of_the_pages()
    {
        var client = await factory.CreateDeepClientAsync();

        var csv = await client.GetStringAsync(new Uri("/search.csv?q=" + Word + "&sort=date", UriKind.Relative));
        var page = await HtmlPage.GetAsync(client, "/search?q=" + Word + "&sort=date&page=2");

        var exported = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        var shown = page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0].Replace("/articles/", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(exported.Skip(20).Take(20), shown);
        Assert.Equal("numbered-150", exported[0]);
    }

    [Fact]
    public async Task Api_next_cursor_walks_past_the_deepest_page_and_returns_every_hit_once()
    {
        var client = await factory.CreateDeepClientAsync();
        var ids = new List<string>();
        var next = "/api/v1/search?q=" + Word + "&page_size=17";
        var pages = 0;

        while (next is not null && pages++ < 50)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(next, UriKind.Relative)));
            ids.AddRange(json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            next = json.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(Articles, ids.Count);
        Assert.Equal(Articles, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_page_past_the_deepest_offset_says_so_and_offers_the_export_instead_of_repeating_articles()
    {
        var client = await factory.CreateDeepClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Word + "&page=5");
        var last = await HtmlPage.GetAsync(client, "/search?q=" + Word + "&page=3");

        Assert.Equal(200, page.Status());
        Assert.Empty(page.QuerySelectorAll("li.hit"));
        var notice = page.QuerySelector(".past-pages")!;
        Assert.Contains("60", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains(notice.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/search.csv?q=", StringComparison.Ordinal));
        Assert.Equal(20, last.QuerySelectorAll("li.hit").Length);
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.NotNull(last.QuerySelector(".past-pages"));
    }

    [Fact]
    public async Task A_page_number_near_the_largest_integer_is_past_the_limit_not_an_error()
    {
        var client = await factory.CreateDeepClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Word + "&page=2147483647");
        var api = await client.GetAsync(new Uri("/api/v1/search?q=" + Word + "&page=2147483647", UriKind.Relative));

        Assert.Equal(200, page.Status());
        Assert.NotNull(page.QuerySelector(".past-pages"));
        Assert.Equal(400, (int)api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_export_larger_than_the_row_cap_is_refused_with_the_reason()
    {
        var client = await factory.CreateDeepClientAsync();

        var response = await client.GetAsync(new Uri("/search.csv", UriKind.Relative));

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("NewsCorpus:MaxExportRows", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (int)(await client.GetAsync(new Uri("/search.csv?q=" + Word, UriKind.Relative))).StatusCode);
    }
}
