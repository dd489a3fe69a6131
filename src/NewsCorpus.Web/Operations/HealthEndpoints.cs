using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace NewsCorpus.Web.Operations;

/// <summary>
/// <c>/healthz</c> (liveness: the process answers) and <c>/readyz</c> (readiness: <see cref="CorpusReadinessCheck"/>),
/// for a service manager, a container orchestrator or a load balancer. Anonymous, and the body is only
/// <c>Healthy</c> or <c>Unhealthy</c> (503): nothing about the data is told.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";
    private const string LivePath = "/healthz";
    private const string ReadyPath = "/readyz";

    /// <summary>True for a request to either probe: a machine asking, not a person.</summary>
    public static bool IsProbe(PathString path) => path.StartsWithSegments(LivePath) || path.StartsWithSegments(ReadyPath);

    public static IServiceCollection AddCorpusHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<CorpusReadinessCheck>("corpus", tags: [Ready]);
        return services;
    }

    public static void MapHealthEndpoints(this WebApplication app)
    {
        // Read-only: GET and HEAD only, so they never count as endpoints that change data.
        HttpMethodMetadata readOnly = new(["GET", "HEAD"]);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().WithMetadata(readOnly);
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous().WithMetadata(readOnly);
    }
}
