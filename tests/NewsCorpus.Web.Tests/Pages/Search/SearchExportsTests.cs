using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class SearchExportsTests(SearchExportsTests.App factory) : IClassFixture<SearchExportsTests.App>
{
    /// <summary>The world with a public address configured, as a deployment would have.</summary>
    public sealed class App : WorldAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NewsCorpus:PublicBaseUrl", "https://archive.example.org");
        }
    }

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Json_export_holds_the_whole_result_set_not_one_page()
    {
        var client = await factory.CreateWorldClientAsync();
        if (factory.Corpus.Store.Get("numbered-001") is null)
            factory.Add([.. Enumerable.Range(1, 30).Select(n => WorldArticles.Numbered(n, "هامبورغ"))]);

        var response = await client.GetAsync(new Uri("/search.all.json?q=" + Q("هامبورغ") + "&page=2", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(30, json.RootElement.GetProperty("total").GetInt32());
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(30, hits.GetArrayLength());
        var first = hits.EnumerateArray().Single(h => h.GetProperty("id").GetString() == "numbered-001");
        Assert.Equal("2017-07-02", first.GetProperty("date").GetString());
        Assert.Equal("https://archive.example.org/articles/numbered-001", first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Csv_export_has_every_column_applies_the_filters_and_links_to_the_configured_address_not_the_host_header()
    {
        var client = await factory.CreateWorldClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/search.csv?q=" + Q("بوتين") + "&summit=g20-2016-hangzhou&sort=date");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,url,title,date,date_source,summit,summit_name,source,dateline,byline,people,places,organisations,file,score,snippet", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("hangzhou-meeting,https://archive.example.org/articles/hangzhou-meeting,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2016-09-05,caption,g20-2016-hangzhou,", lines[1], StringComparison.Ordinal);
        Assert.Contains("باراك أوباما; فلاديمير بوتين", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", csv, StringComparison.Ordinal);
        Assert.Contains("بقلم: سامر الأحمد", lines[2], StringComparison.Ordinal);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Matches(@"^newscorpus-بوتين-\d{4}-\d{2}-\d{2}\.csv$", disposition.FileNameStar);
        Assert.Matches(@"^""?newscorpus-_+-\d{4}-\d{2}-\d{2}\.csv""?$", disposition.FileName);
    }

    [Fact]
    public async Task Listing_without_query_words_has_no_score_and_text_is_added_on_request()
    {
        var client = await factory.CreateWorldClientAsync();

        var csv = await client.GetStringAsync(new Uri("/search.csv?summit=geneva-2021&text=1", UriKind.Relative));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",score,snippet,text", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",geneva.txt,,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("," + WorldArticles.Geneva.Body, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_json_is_the_api_search()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await factory.CreateWorldClientAsync();

        var response = await client.GetAsync(new Uri("/search.json?q=" + Q("بوتين") + "&summit=geneva-2021", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/v1/search?q=" + Q("بوتين") + "&summit=geneva-2021", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_export_beyond_the_concurrent_cap_is_told_to_retry_later()
    {
        var client = await factory.CreateWorldClientAsync();
        var gate = (NewsCorpus.Web.Pages.Search.ExportGate)factory.Services.GetService(typeof(NewsCorpus.Web.Pages.Search.ExportGate))!;
        var held = new List<IDisposable>();
        while (gate.TryEnter() is { } slot)
            held.Add(slot);
        try
        {
            var response = await client.GetAsync(new Uri("/search.csv?q=" + Q("بوتين"), UriKind.Relative));

            Assert.Equal(429, (int)response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
        Assert.Equal(200, (int)(await client.GetAsync(new Uri("/search.csv?q=" + Q("بوتين"), UriKind.Relative))).StatusCode);
    }
}
