using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Tests.Auth;

public sealed class ApiTokenSchemeTests(ProbeApiAppFactory factory) : IClassFixture<ProbeApiAppFactory>
{
    private static readonly Uri Probe = new("/api/v1/probe", UriKind.Relative);

    private ApiTokens Tokens => factory.Services.GetRequiredService<ApiTokens>();

    private async Task<HttpClient> ClientAsync()
    {
        await factory.CreateWorldClientAsync();
        return factory.BrowserLikeClient();
    }

    private static HttpRequestMessage Post(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Probe);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_token_is_accepted_as_token_name_and_its_use_recorded()
    {
        var client = await ClientAsync();
        var name = "script-" + Guid.NewGuid().ToString("N")[..8];
        var token = Tokens.Add(name);

        var response = await client.SendAsync(Post(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("token:" + name, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("who").GetString());
        Assert.NotNull(Tokens.List().Single(t => t.Name == name).LastUsedAt);
    }

    [Fact]
    public async Task No_token_is_answered_401_with_problem_details_never_a_redirect()
    {
        var client = await ClientAsync();

        var write = await client.SendAsync(Post(null));
        var read = await client.GetAsync(Probe);

        await AssertProblemAsync(write, HttpStatusCode.Unauthorized, "Authorization: Bearer TOKEN");
        await AssertProblemAsync(read, HttpStatusCode.Unauthorized, "Authorization: Bearer TOKEN");
        Assert.Equal("Bearer", write.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_from_the_next_request_on()
    {
        var client = await ClientAsync();
        var name = "revoked-" + Guid.NewGuid().ToString("N")[..8];
        var token = Tokens.Add(name);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post(token))).StatusCode);

        Tokens.Revoke(name);
        var response = await client.SendAsync(Post(token));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "unknown or revoked");
        Assert.Equal("error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().Parameter);
    }

    [Theory]
    [InlineData("nc_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task An_unknown_or_malformed_token_is_refused(string token)
    {
        var client = await ClientAsync();

        await AssertProblemAsync(await client.SendAsync(Post(token)), HttpStatusCode.Unauthorized, "unknown or revoked");
    }

    [Fact]
    public async Task A_signed_in_admin_may_read_the_api_with_the_cookie_but_writes_need_a_token()
    {
        var client = await ClientAsync();
        var name = factory.AddAdmin();
        await AdminSignIn.SignInAsync(client, name, AdminSignIn.Password);

        var read = await client.GetAsync(Probe);
        var write = await client.SendAsync(Post(null));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(name, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("who").GetString());
        await AssertProblemAsync(write, HttpStatusCode.Unauthorized, "Authorization: Bearer TOKEN");
    }

    [Fact]
    public async Task A_token_does_not_sign_in_to_the_admin_pages()
    {
        var client = await ClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Add("pages-" + Guid.NewGuid().ToString("N")[..8]));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
