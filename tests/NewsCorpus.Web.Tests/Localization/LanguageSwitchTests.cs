using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsCorpus.Web.Tests.Localization;

public sealed class LanguageSwitchTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    /// <summary>Submits the visible language switch of <paramref name="url"/>, as a browser would.</summary>
    private static async Task<HttpResponseMessage> SwitchLanguageAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var form = new HtmlParser().ParseDocument(html).QuerySelector("form.language-switch")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private async Task<HttpClient> CookieClientAsync()
    {
        await factory.CreateWorldClientAsync();
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    [Fact]
    public async Task Switching_to_english_is_remembered_and_flips_the_direction()
    {
        var client = await CookieClientAsync();

        var response = await SwitchLanguageAsync(client, "/summits?x=1");
        var page = await HtmlPage.GetAsync(client, "/summits");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/summits?x=1", response.Headers.Location?.OriginalString);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Summits", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".summit-row a"), a => a.TextContent == "G20 Hangzhou Summit 2016" || a.TextContent.Contains("Hangzhou", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Switching_back_returns_to_arabic()
    {
        var client = await CookieClientAsync();

        await SwitchLanguageAsync(client, "/");
        await SwitchLanguageAsync(client, "/");
        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task English_dates_and_counts_read_as_english()
    {
        var client = await CookieClientAsync();

        var page = await HtmlPage.GetAsync(client, "/summits/g20-2016-hangzhou?culture=en");

        Assert.Equal(["4 September 2016", "5 September 2016"], page.QuerySelectorAll(".day-group h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("2 articles", page.QuerySelector(".lede")!.TextContent);
    }

    [Fact]
    public async Task The_switch_refuses_a_post_without_its_antiforgery_token()
    {
        var client = await CookieClientAsync();

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_switch_never_redirects_off_site()
    {
        var client = await CookieClientAsync();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = new HtmlParser().ParseDocument(html).QuerySelector("form.language-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en", ["returnUrl"] = "https://evil.example/", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
