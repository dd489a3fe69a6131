using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Tests.Auth;

public sealed class SignInTests(SignInTests.ThreeStrikesAppFactory factory) : IClassFixture<SignInTests.ThreeStrikesAppFactory>
{
    /// <summary>The app with lock-out after three failures (the configuration key at work, and a shorter test).</summary>
    public sealed class ThreeStrikesAppFactory : WorldAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NewsCorpus:Admin:MaxFailedSignIns", "3");
        }
    }

    private async Task<HttpClient> ClientAsync(string baseAddress = "http://localhost")
    {
        await factory.CreateWorldClientAsync();
        return factory.BrowserLikeClient(baseAddress);
    }

    private static async Task<string?> RefusalAsync(HttpResponseMessage response)
    {
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("#signin-refused")?.TextContent;
    }

    [Fact]
    public async Task An_anonymous_visit_to_admin_is_sent_to_sign_in_and_comes_back_after_it()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();

        var visit = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        var signIn = await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password, visit.Headers.Location!.PathAndQuery);
        var admin = await HtmlPage.GetAsync(client, "/admin");

        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Equal("/admin/signin?returnUrl=%2Fadmin", visit.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        Assert.Equal(200, admin.Status());
        Assert.Contains(name, admin.QuerySelector("#signed-in-as")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_message_and_no_cookie()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();

        var wrongPassword = await AdminSignIn.SignInAsync(client, name, "not the password");
        var unknownName = await AdminSignIn.SignInAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], AdminSignIn.Password);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Null(wrongPassword.AdminCookie());
        Assert.Null(unknownName.AdminCookie());
        var message = await RefusalAsync(wrongPassword);
        Assert.Contains("تعذّر الدخول", message, StringComparison.Ordinal);
        Assert.Equal(message, await RefusalAsync(unknownName));
    }

    [Fact]
    public async Task After_three_failures_the_right_password_is_refused_with_the_same_message()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();
        var wrong = await AdminSignIn.SignInAsync(client, name, "not the password");
        for (var i = 0; i < 2; i++)
            await AdminSignIn.SignInAsync(client, name, "not the password");

        var right = await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password);

        Assert.Null(right.AdminCookie());
        Assert.Equal(await RefusalAsync(wrong), await RefusalAsync(right));
        Assert.NotNull(factory.Services.GetRequiredService<AdminAccounts>().List().Single(a => a.Name == name).LockedUntil);
    }

    [Fact]
    public async Task A_sign_in_without_its_antiforgery_token_is_refused()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();

        var response = await client.PostAsync(new Uri("/admin/signin", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["UserName"] = name, ["password"] = AdminSignIn.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.AdminCookie());
    }

    [Fact]
    public async Task The_cookie_is_http_only_same_site_strict_and_not_secure_over_plain_http()
    {
        var client = await ClientAsync();

        var cookie = (await AdminSignIn.SignInAsync(client, factory.AddAdmin(), AdminSignIn.Password)).AdminCookie()!.ToLowerInvariant();

        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", cookie, StringComparison.Ordinal);
        // A session cookie: closing the browser signs out; the ticket inside expires on its own (SessionHours).
        Assert.DoesNotContain("expires=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cookie_is_secure_when_served_over_https()
    {
        var client = await ClientAsync("https://localhost");

        var cookie = (await AdminSignIn.SignInAsync(client, factory.AddAdmin(), AdminSignIn.Password)).AdminCookie()!.ToLowerInvariant();

        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await ClientAsync();
        await AdminSignIn.SignInAsync(client, factory.AddAdmin(), AdminSignIn.Password);

        var signOut = await AdminSignIn.SignOutAsync(client);
        var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/signin", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_admins_sessions_everywhere_so_a_copied_cookie_stops_working()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();
        var cookie = (await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password)).AdminCookie()!.Split(';')[0];
        var elsewhere = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        async Task<HttpStatusCode> WithCopiedCookie()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
            request.Headers.Add("Cookie", cookie);
            return (await elsewhere.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await WithCopiedCookie());

        await AdminSignIn.SignOutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, await WithCopiedCookie());
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Removing_an_admin_ends_their_session_at_the_next_request()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();
        await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        factory.Services.GetRequiredService<AdminAccounts>().Remove(name);
        var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task An_off_site_return_address_is_ignored()
    {
        var client = await ClientAsync();

        var response = await AdminSignIn.SignInAsync(client, factory.AddAdmin(), AdminSignIn.Password, "/admin/signin?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Readers_stay_anonymous_and_see_no_admin_link_while_a_signed_in_admin_does()
    {
        var reader = await ClientAsync();
        var admin = factory.BrowserLikeClient();
        await AdminSignIn.SignInAsync(admin, factory.AddAdmin(), AdminSignIn.Password);

        var readerHome = await reader.GetAsync(new Uri("/", UriKind.Relative));
        var readerPage = await HtmlPage.GetAsync(reader, "/summits");
        var adminPage = await HtmlPage.GetAsync(admin, "/summits");

        Assert.Equal(HttpStatusCode.OK, readerHome.StatusCode);
        Assert.Null(readerHome.AdminCookie());
        Assert.Empty(readerPage.QuerySelectorAll(".site-nav a[href='/admin']"));
        Assert.Single(adminPage.QuerySelectorAll(".site-nav a[href='/admin']"));
    }
}
