using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Operations;

/// <summary>
/// Ready once the store is open, the start-up work (first import, reparse after a catalog change) is done, and the
/// index holds every stored article, analysed by the current chain. The reason stays in the log, not the response.
/// </summary>
public sealed class CorpusReadinessCheck(NewsCorpus.Core.Corpus corpus, StartupImport startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = !startup.Completed.IsCompleted ? HealthCheckResult.Unhealthy("start-up import or reparse still running")
            : !corpus.StoreIsCurrent ? HealthCheckResult.Unhealthy("articles parsed with other catalogs or rules")
            : !corpus.CheckIndex().IsCurrent ? HealthCheckResult.Unhealthy("index behind the store or analysed by another chain")
            : HealthCheckResult.Healthy();
        return Task.FromResult(result);
    }
}
