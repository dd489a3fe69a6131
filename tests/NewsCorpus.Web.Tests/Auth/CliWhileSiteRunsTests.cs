using System.Net;
using System.Net.Http.Headers;

namespace NewsCorpus.Web.Tests.Auth;

/// <summary>
/// <c>users</c> and <c>tokens</c> run as a second process while the site runs on the same data folder: they
/// neither wait for the site nor disturb it, and the site obeys them at its next request.
/// </summary>
public sealed class CliWhileSiteRunsTests(ProbeApiAppFactory factory) : IClassFixture<ProbeApiAppFactory>
{
    private (int ExitCode, string Out, string Err) Cli(string? input, params string[] args) =>
        CliBesideTheSite.Run(factory.DataDir, input, args);

    [Fact]
    public async Task Admins_added_and_removed_from_the_command_line_take_effect_on_the_running_site()
    {
        await factory.CreateWorldClientAsync();
        var client = factory.BrowserLikeClient();
        var name = "cli-" + Guid.NewGuid().ToString("N")[..8];

        var added = Cli(AdminSignIn.Password + "\n", "users", "add", name);
        var signIn = await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password);
        var removed = Cli(null, "users", "remove", name);
        var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.True(added.ExitCode == 0, added.Err);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        Assert.True(removed.ExitCode == 0, removed.Err);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_token_made_on_the_command_line_works_at_once_and_stops_when_revoked()
    {
        await factory.CreateWorldClientAsync();
        var client = factory.BrowserLikeClient();
        var name = "cli-" + Guid.NewGuid().ToString("N")[..8];

        var token = Cli(null, "tokens", "add", name).Out.Trim();
        var accepted = await PostProbeAsync(client, token);
        var revoked = Cli(null, "tokens", "revoke", name);
        var refused = await PostProbeAsync(client, token);
        var list = Cli(null, "tokens", "list").Out;

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True(revoked.ExitCode == 0, revoked.Err);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        // The site recorded the token's use in the table the CLI reads.
        Assert.DoesNotContain("last used -", list.Split('\n').Single(l => l.StartsWith(name, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostProbeAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/probe", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
