using System.Globalization;
using System.Xml.Linq;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class HistogramAndNavigationTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Histogram_has_a_bar_per_year_linking_to_that_year_and_a_table_of_the_same_counts()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين"));

        var bars = page.QuerySelectorAll(".histogram svg a").ToList();
        Assert.Equal(["2015", "2016", "2021"], bars.Select(b => b.GetAttribute("data-period")));
        Assert.Equal("/search?q=" + Q("بوتين") + "&year=2016", bars[1].GetAttribute("href"));
        var rows = page.QuerySelectorAll(".histogram-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(["1", "2", "1"], rows);
        Assert.All(bars, b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label"))));
    }

    [Fact]
    public async Task Within_one_year_the_histogram_is_by_month_and_a_bar_narrows_to_its_days()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?q=" + Q("بوتين") + "&year=2016");
        var bar = page.QuerySelector(".histogram svg a[data-period='2016-09']")!;
        var narrowed = await HtmlPage.GetAsync(client, bar.GetAttribute("href")!);

        Assert.Equal("/search?q=" + Q("بوتين") + "&from=2016-09-01&to=2016-09-30", bar.GetAttribute("href"));
        Assert.Equal(2, narrowed.QuerySelectorAll("li.hit").Length);
    }

    [Fact]
    public async Task From_a_result_to_the_article_and_back_keeps_every_filter_the_sort_and_the_page()
    {
        var client = await factory.CreateWorldClientAsync();
        var search = "/search?q=" + Q("بوتين") + "&summit=g20-2016-hangzhou&summit=geneva-2021&-person=kerry&sort=date";

        var results = await HtmlPage.GetAsync(client, search);
        var links = results.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!).ToList();
        var second = await HtmlPage.GetAsync(client, links[1]);

        Assert.Equal(2, links.Count);
        Assert.Equal(search, second.QuerySelector(".result-nav a[rel=up]")!.GetAttribute("href"));
        Assert.Equal(links[0], second.QuerySelector(".result-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".result-nav a[rel=next]"));
        var first = await HtmlPage.GetAsync(client, links[0]);
        Assert.Equal(links[1], first.QuerySelector(".result-nav a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Back_to_results_from_a_later_page_returns_to_that_page()
    {
        var client = await factory.CreateWorldClientAsync();
        if (factory.Corpus.Store.Get("numbered-030") is null)
            factory.Add([.. Enumerable.Range(1, 30).Select(n => WorldArticles.Numbered(n, "هامبورغ"))]);

        var page2 = await HtmlPage.GetAsync(client, "/search?q=" + Q("هامبورغ") + "&sort=date&page=2");
        var link = page2.QuerySelector("li.hit h3 a")!.GetAttribute("href")!;
        var article = await HtmlPage.GetAsync(client, link);

        Assert.Contains("at=21", link, StringComparison.Ordinal);
        Assert.Equal("/search?q=" + Q("هامبورغ") + "&sort=date&page=2", article.QuerySelector(".result-nav a[rel=up]")!.GetAttribute("href"));
        Assert.Contains("at=20", article.QuerySelector(".result-nav a[rel=prev]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_view_shows_the_repaired_words_and_keeps_the_original_one_click_away()
    {
        var client = await factory.CreateWorldClientAsync();
        var article = WorldArticles.Geneva with { Id = "broken-words", FileName = "broken-words.txt", Paragraphs = ["قال مسؤول إن الأمـ.ـن في جنيف مستتب."], OriginalText = "قال مسؤول إن الأمـ.ـن في جنيف مستتب." };
        factory.Add(article);

        var page = await HtmlPage.GetAsync(client, "/articles/broken-words?q=" + Q("الأمن"));

        Assert.Equal("قال مسؤول إن الأمن في جنيف مستتب.", page.QuerySelector(".article-body p")!.TextContent);
        Assert.Equal("الأمن", page.QuerySelector(".article-body mark")!.TextContent);
        Assert.Contains("الأمـ.ـن", page.QuerySelector("details.original pre")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_of_a_query_holding_characters_XML_cannot_carry_is_still_well_formed_and_keeps_the_words()
    {
        var client = await factory.CreateWorldClientAsync();

        var response = await client.GetAsync(new Uri("/search.atom?q=" + Q("بوتين\u001F\uD800"), UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("بوتين", feed.Root!.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Root.Elements(atom + "entry"));
    }

    [Fact]
    public async Task Every_search_is_an_atom_feed_with_the_required_elements_newest_first()
    {
        var client = await factory.CreateWorldClientAsync();

        var response = await client.GetAsync(new Uri("/search.atom?q=" + Q("بوتين") + "&-summit=geneva-2021", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var root = feed.Root!;
        Assert.Equal(atom + "feed", root.Name);
        foreach (var required in new[] { "id", "title", "updated" })
            Assert.Single(root.Elements(atom + required));
        Assert.NotNull(root.Element(atom + "author")?.Element(atom + "name"));
        Assert.Contains(root.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = root.Elements(atom + "entry").ToList();
        Assert.Equal(["hangzhou-meeting", "hangzhou-press", "new-york"], entries.Select(e => e.Element(atom + "link")!.Attribute("href")!.Value.Split('/')[^1]));
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated", "summary" })
                Assert.Single(entry.Elements(atom + required));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(atom + "id")!.Value, UriKind.Absolute));
            DateTimeOffset.Parse(entry.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture);
        }
        Assert.Equal(entries.Select(e => e.Element(atom + "updated")!.Value).OrderDescending(), entries.Select(e => e.Element(atom + "updated")!.Value));
    }
}
