using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Tests.Auth;

/// <summary>
/// The app with endpoints of a test's own, in a routing branch ahead of the app's pipeline with the app's own
/// authentication and authorization (<see cref="AdminAuthentication.UseAdminAuthentication"/>): API endpoints to
/// try the token scheme on before the real admin API exists, and careless ones to show that the endpoint guard
/// catches them. Requests for anything else go on to the app.
/// </summary>
public abstract class ExtraEndpointsAppFactory : WorldAppFactory
{
    protected abstract void Map(IEndpointRouteBuilder endpoints);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new Extra(Map)));
    }

    private sealed class Extra(Action<IEndpointRouteBuilder> map) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseAdminAuthentication();
            app.UseEndpoints(map);
            next(app);
        };
    }
}

/// <summary>Admin API endpoints as the admin API will map them: reading and writing, behind <see cref="AdminPolicy"/>.</summary>
public sealed class ProbeApiAppFactory : ExtraEndpointsAppFactory
{
    protected override void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/probe").RequireAuthorization(AdminPolicy.Name);
        api.MapGet("/", (HttpContext http) => new { who = http.User.Identity!.Name });
        api.MapPost("/", (HttpContext http) => new { who = http.User.Identity!.Name });
    }
}
