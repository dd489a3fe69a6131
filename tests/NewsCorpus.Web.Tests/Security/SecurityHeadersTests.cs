namespace NewsCorpus.Web.Tests.Security;

public sealed class SecurityHeadersTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Pages_are_served_with_strict_security_headers()
    {
        var client = await factory.CreateWorldClientAsync();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_under_the_data_folder()
    {
        var client = await factory.CreateWorldClientAsync();

        await client.GetStringAsync(new Uri("/", UriKind.Relative)); // the language switch form carries an antiforgery token

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataDir, "keys"), "key-*.xml"));
    }
}
