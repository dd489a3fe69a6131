using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NewsCorpus.Web.Tests.Pages;

public sealed class ErrorPagesTests(ErrorPagesTests.ThrowingAppFactory factory) : IClassFixture<ErrorPagesTests.ThrowingAppFactory>
{
    /// <summary>The app with one extra address that fails, to see the 500 page.</summary>
    public sealed class ThrowingAppFactory : WorldAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FailingEndpoint()));
        }

        private sealed class FailingEndpoint : IStartupFilter
        {
            // Added after the app's own pipeline, so the app's exception handler sees the failure.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/fail", a => a.Run(_ => throw new InvalidOperationException("test failure")));
            };
        }
    }

    [Fact]
    public async Task A_failure_shows_the_friendly_500_page_in_the_interface_language()
    {
        var client = await factory.CreateWorldClientAsync();

        var arabic = await HtmlPage.GetAsync(client, "/fail");
        var english = await HtmlPage.GetAsync(client, "/fail?culture=en");

        Assert.Equal(500, arabic.Status());
        Assert.Equal("عذراً، حدث خطأ", arabic.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("test failure", arabic.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sorry, something went wrong", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("ltr", english.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_missing_page_is_a_friendly_404_in_the_interface_language()
    {
        var client = await factory.CreateWorldClientAsync();

        var english = await HtmlPage.GetAsync(client, "/no/such/page?culture=en");

        Assert.Equal(404, english.Status());
        Assert.Equal("Page not found", english.QuerySelector("h1")!.TextContent);
        Assert.NotNull(english.QuerySelector("main form[role=search]"));
    }

    [Fact]
    public async Task A_refused_request_is_not_called_a_missing_page()
    {
        var client = await factory.CreateWorldClientAsync();

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("تعذّر تنفيذ الطلب", page.QuerySelector("h1")!.TextContent);
    }
}
