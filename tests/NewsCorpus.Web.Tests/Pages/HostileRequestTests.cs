using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace NewsCorpus.Web.Tests.Pages;

/// <summary>Requests that answered 500 (issue 11): each now gets its page, with a notice where the query was read otherwise.</summary>
public sealed class HostileRequestTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/articles/geneva?q=")]
    [InlineData("/search.csv?q=")]
    [InlineData("/search.json?q=")]
    public async Task A_ligature_in_the_query_gets_the_page(string address)
    {
        var client = await factory.CreateWorldClientAsync();

        foreach (var ligature in new[] { "ﷺ", "ﷻ", "بوتين ﷺ" })
        {
            var response = await client.GetAsync(new Uri(address + Q(ligature), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_query_of_more_than_1024_words_gets_the_page_with_a_notice()
    {
        var client = await factory.CreateWorldClientAsync();
        var words = string.Join(' ', Enumerable.Repeat("بوتين", 1100));

        var page = await HtmlPage.GetAsync(client, "/search?culture=en&q=" + Q(words));

        Assert.Equal(200, page.Status());
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("only its beginning was searched", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/[/")]
    [InlineData("/(/")]
    [InlineData("/a|/")]
    [InlineData("/.*a.{18}/")]
    public async Task A_regex_gets_the_page_with_a_notice(string query)
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?culture=en&q=" + Q(query));

        Assert.Equal(200, page.Status());
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("Regular expressions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task December_9999_is_browsed_without_overflowing_the_calendar()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/browse/9999/12");

        Assert.Equal(200, page.Status());
    }

    [Fact]
    public async Task The_largest_page_number_goes_to_the_last_page()
    {
        var client = await factory.CreateWorldClientAsync();

        var response = await client.GetAsync(new Uri("/search?q=" + Q("بوتين") + "&page=2147483647", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/search?q=" + Q("بوتين"), response.RequestMessage!.RequestUri!.PathAndQuery);
    }
}

/// <summary>A search past its time budget says its result may be partial, in both interface languages.</summary>
public sealed class SearchTimeBudgetTests(SearchTimeBudgetTests.NoTimeAppFactory factory) : IClassFixture<SearchTimeBudgetTests.NoTimeAppFactory>
{
    /// <summary>The world with a search time budget of nothing: every search that collects a hit runs out.</summary>
    public sealed class NoTimeAppFactory : WorldAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NewsCorpus:Search:TimeBudgetMs", "0");
        }
    }

    [Theory]
    [InlineData("ar", "قد تكون النتائج ناقصة")]
    [InlineData("en", "the results may be incomplete")]
    public async Task A_search_out_of_time_says_the_result_may_be_partial(string culture, string notice)
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, $"/search?culture={culture}&q=" + Uri.EscapeDataString("بوتين"));

        Assert.Equal(200, page.Status());
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains(notice, StringComparison.Ordinal));
    }
}
