using System.Text.Json;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class SearchExportsTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Json_download_holds_the_whole_result_set_not_one_page()
    {
        var client = await factory.CreateWorldClientAsync();
        factory.Add([.. Enumerable.Range(1, 30).Select(n => WorldArticles.Numbered(n, "هامبورغ"))]);

        var response = await client.GetAsync(new Uri("/search.json?q=" + Uri.EscapeDataString("هامبورغ") + "&page=2", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(30, json.RootElement.GetProperty("total").GetInt32());
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(30, hits.GetArrayLength());
        Assert.Equal("2017-07-02", hits.EnumerateArray().Single(h => h.GetProperty("id").GetString() == "numbered-001").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Csv_download_applies_the_filters_and_quotes_cells()
    {
        var client = await factory.CreateWorldClientAsync();

        var csv = await client.GetStringAsync(new Uri("/search.csv?q=" + Uri.EscapeDataString("بوتين") + "&summit=g20-2016-hangzhou&sort=date", UriKind.Relative));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,title,date,summit,source,score,url,snippet", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("hangzhou-meeting,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2016-09-05,g20-2016-hangzhou,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"", lines[2], StringComparison.Ordinal); // the press article's snippet has commas
    }
}
