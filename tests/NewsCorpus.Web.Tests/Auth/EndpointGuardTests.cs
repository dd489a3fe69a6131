using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Tests.Auth;

/// <summary>Every endpoint that changes data refuses anonymous callers and revoked or unknown tokens.</summary>
public sealed class EndpointGuardTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    /// <summary>Callers who must be refused: nobody, a revoked token, a token that never existed.</summary>
    private static string?[] Intruders(IServiceProvider services)
    {
        var tokens = services.GetRequiredService<ApiTokens>();
        var name = "guard-" + Guid.NewGuid().ToString("N")[..8];
        var revoked = tokens.Add(name);
        tokens.Revoke(name);
        return [null, revoked, "nc_0123456789abcdef_" + new string('A', 43)];
    }

    [Fact]
    public async Task Every_data_changing_endpoint_of_the_app_refuses_anonymous_and_revoked_callers()
    {
        await factory.CreateWorldClientAsync();
        var client = factory.BrowserLikeClient();

        var requests = await EndpointGuard.FindAsync(factory.Services);
        var unguarded = await EndpointGuard.FindUnguardedAsync(client, requests, Intruders(factory.Services));

        Assert.True(unguarded.Count == 0, "unguarded:\n" + string.Join('\n', unguarded));
        // The search found what is known to be there, so an empty list of failures means something.
        var found = requests.Select(r => (r.Method, r.Path)).ToHashSet();
        Assert.Contains(("GET", "/admin"), found);
        Assert.Contains(("POST", "/admin/signout"), found);
        // The editors' writes and the admin pages' forms are among what the guard checked.
        Assert.Contains(found, r => r.Method == "PUT" && r.Path.StartsWith("/api/v1/articles/", StringComparison.Ordinal) && r.Path.EndsWith("/corrections", StringComparison.Ordinal));
        Assert.Contains(found, r => r.Method == "DELETE" && r.Path.StartsWith("/api/v1/articles/", StringComparison.Ordinal));
        Assert.Contains(found, r => r.Method == "POST" && r.Path.EndsWith("/restore", StringComparison.Ordinal));
        Assert.Contains(found, r => r.Method == "POST" && r.Path == "/admin/import");
        Assert.Contains(found, r => r.Method == "POST" && r.Path == "/admin/maintenance");
        Assert.Subset(found, EndpointGuard.PublicOnPurpose.ToHashSet());
    }

    [Fact]
    public async Task The_guard_catches_a_data_changing_endpoint_mapped_without_the_admin_policy()
    {
        using var careless = new CarelessAppFactory();
        await careless.CreateWorldClientAsync();

        var requests = await EndpointGuard.FindAsync(careless.Services);
        var unguarded = await EndpointGuard.FindUnguardedAsync(careless.BrowserLikeClient(), requests, Intruders(careless.Services));

        Assert.Equal(
            ["DELETE /admin/purge", "DELETE /api/v1/articles/x", "POST /admin/purge", "POST /api/v1/unguarded", "PUT /admin/purge"],
            unguarded.Select(u => string.Join(' ', u.Split(' ')[..2])).Distinct().Order());
        Assert.Contains(requests, r => r.Path == "/api/v1/guarded");
    }

    /// <summary>The app with endpoints someone forgot to protect, beside one they did not.</summary>
    private sealed class CarelessAppFactory : ExtraEndpointsAppFactory
    {
        protected override void Map(IEndpointRouteBuilder endpoints)
        {
            endpoints.MapPost("/api/v1/unguarded", () => "changed");
            endpoints.MapDelete("/api/v1/articles/{id}", (string id) => $"deleted {id}");
            endpoints.Map("/admin/purge", () => Results.Ok("purged"));
            endpoints.MapPost("/api/v1/guarded", () => "changed").RequireAuthorization(AdminPolicy.Name);
        }
    }
}
