using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace NewsCorpus.Web.Tests.Api;

public sealed class ApiRateLimitTests(ApiRateLimitTests.App factory) : IClassFixture<ApiRateLimitTests.App>
{
    /// <summary>The world with a small request limit, so the limit is reached in a test.</summary>
    public sealed class App : WorldAppFactory
    {
        public const int RequestsPerMinute = 25;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NewsCorpus:Api:RequestsPerMinute", RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task A_client_past_its_request_limit_gets_429_with_retry_after_and_pages_are_not_limited()
    {
        var client = await factory.CreateWorldClientAsync();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < App.RequestsPerMinute + 1; i++)
            statuses.Add(await client.GetAsync(new Uri("/api/v1/stats?n=" + i, UriKind.Relative)));
        var page = await client.GetAsync(new Uri("/search", UriKind.Relative));

        var refused = statuses.Last();
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

}
