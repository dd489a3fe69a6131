using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NewsCorpus.Web.Operations;

/// <summary>
/// Behind a reverse proxy (nginx, Caddy) that terminates HTTPS: with <c>NewsCorpus:ForwardedHeaders</c> true the
/// app takes the client's address and scheme from <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c>, trusted only
/// from loopback and the addresses in <c>NewsCorpus:KnownProxies</c>. Off by default: without a proxy in front,
/// anyone could send those headers.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in configuration.GetSection("NewsCorpus:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.Parse(address));
        });
        return services;
    }

    public static void UseReverseProxyHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("NewsCorpus:ForwardedHeaders"))
            app.UseForwardedHeaders();
    }
}
