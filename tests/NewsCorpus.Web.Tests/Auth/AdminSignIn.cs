using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Tests.Auth;

/// <summary>Signing in as a browser does: fetch the form, send it back with its antiforgery token.</summary>
public static class AdminSignIn
{
    public const string Password = "a long pass phrase";

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient BrowserLikeClient(this CorpusAppFactory factory, string baseAddress = "http://localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    /// <summary>Adds an admin with a name no other test uses, and returns the name.</summary>
    public static string AddAdmin(this CorpusAppFactory factory, string prefix = "admin")
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..20];
        factory.Services.GetRequiredService<AdminAccounts>().Add(name, Password);
        return name;
    }

    /// <summary>The hidden fields of a form on the page at <paramref name="url"/> (the antiforgery token among them).</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string url, string formSelector)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector)
            ?? throw new InvalidOperationException($"no {formSelector} on {url}");
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string url = "/admin/signin")
    {
        var fields = await FormFieldsAsync(client, url, "form.signin-form");
        fields["UserName"] = name;
        fields["password"] = password;
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var fields = await FormFieldsAsync(client, "/admin", "form.signout-form");
        return await client.PostAsync(new Uri("/admin/signout", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>The admin cookie as the response set it, or null.</summary>
    public static string? AdminCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("NewsCorpus.Admin=", StringComparison.Ordinal))
            : null;
}
