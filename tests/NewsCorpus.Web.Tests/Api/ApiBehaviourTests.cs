using System.Net;

namespace NewsCorpus.Web.Tests.Api;

public sealed class ApiBehaviourTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Reads_carry_an_etag_and_a_repeat_with_it_is_not_modified_until_the_index_changes()
    {
        var client = await factory.CreateWorldClientAsync();

        var first = await client.GetAsync(new Uri("/api/v1/summits/geneva-2021", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/summits/geneva-2021");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);
        factory.Add(WorldArticles.Numbered(900, "جنيف") with { SummitId = "geneva-2021" });
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, "/api/v1/summits/geneva-2021");
        afterChange.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var third = await client.SendAsync(afterChange);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.NotEqual(first.Headers.ETag, third.Headers.ETag);
    }

    [Fact]
    public async Task Cross_origin_reads_get_no_cors_headers_unless_origins_are_configured()
    {
        var client = await factory.CreateWorldClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Stats_says_whether_a_reparse_is_due()
    {
        var client = await factory.CreateWorldClientAsync();

        var json = await client.GetStringAsync(new Uri("/api/v1/stats?fresh=1", UriKind.Relative));

        Assert.Contains("\"parsed_with_current_catalogs\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("data_dir", json, StringComparison.Ordinal);
    }
}
