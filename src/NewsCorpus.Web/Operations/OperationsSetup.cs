namespace NewsCorpus.Web.Operations;

/// <summary>What running the site as a service needs: health checks, reverse-proxy headers, systemd, quiet start-up failures.</summary>
public static class OperationsSetup
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        // The host logs a failed start with its stack trace before rethrowing; FriendlyStartup says it in one
        // paragraph instead, and an unexpected failure still crashes with its trace. Faults of a running background
        // service are logged at Critical, so they still show.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Under systemd: Type=notify start-up and log lines the journal understands; nothing otherwise.
        builder.Services.AddSystemd();
        builder.Services.AddCorpusHealthChecks();
        builder.Services.AddReverseProxySupport(builder.Configuration);
        return builder;
    }
}
