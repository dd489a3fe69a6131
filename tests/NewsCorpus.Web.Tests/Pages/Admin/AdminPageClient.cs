using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using NewsCorpus.Web.Tests.Api;
using NewsCorpus.Web.Tests.Auth;

namespace NewsCorpus.Web.Tests.Pages.Admin;

/// <summary>A signed-in admin's browser-like client over an app of its own (empty store), and its form posts.</summary>
public sealed class AdminPageClient : IDisposable
{
    private AdminPageClient(ApiAppFactory app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public ApiAppFactory App { get; }
    public HttpClient Client { get; }

    public static async Task<AdminPageClient> SignedInAsync(Dictionary<string, string>? settings = null)
    {
        var app = new ApiAppFactory(settings);
        await app.CreateImportedClientAsync();
        return await SignedInAsync(app, app.BrowserLikeClient());
    }

    /// <summary>Signs in to <paramref name="app"/> through <paramref name="client"/> (one that keeps cookies and does not follow redirects).</summary>
    public static async Task<AdminPageClient> SignedInAsync(ApiAppFactory app, HttpClient client)
    {
        var response = await AdminSignIn.SignInAsync(client, app.AddAdmin(), AdminSignIn.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new AdminPageClient(app, client);
    }

    /// <summary>
    /// Posts the form <paramref name="formSelector"/> of the page at <paramref name="url"/> with its antiforgery token,
    /// <paramref name="content"/> and <paramref name="fields"/>; <paramref name="chunked"/> sends the body without a
    /// length up front, as a streaming client does.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formSelector, MultipartFormDataContent? content = null,
        IReadOnlyDictionary<string, string>? fields = null, bool chunked = false)
    {
        var page = await HtmlPage.GetAsync(Client, url);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no {formSelector} on {url}");
        content ??= [];
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
            content.Add(new StringContent(value), name);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(form.GetAttribute("action")!, UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        return await Client.SendAsync(request);
    }

    /// <summary>Reloads a run's page until the run is finished, as the page's refresh would.</summary>
    public async Task<IDocument> FinishedRunPageAsync(string url)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var page = await HtmlPage.GetAsync(Client, url);
            var status = page.QuerySelector(".run-progress")!.GetAttribute("data-status");
            if (status is "done" or "failed")
                return page;
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"the run at {url} is still {status}");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}
