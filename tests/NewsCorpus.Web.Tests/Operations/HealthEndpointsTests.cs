using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using NewsCorpus.Web.Corpus;
using NewsCorpus.Web.Operations;

namespace NewsCorpus.Web.Tests.Operations;

public sealed class HealthEndpointsTests : IDisposable
{
    // Over the imported samples, as a real start would leave the store (parsed with the current catalogs).
    private readonly CorpusAppFactory _factory = new();

    [Fact]
    public async Task Live_and_ready_answer_healthy_to_anyone_once_the_store_and_index_agree()
    {
        var client = await _factory.CreateImportedClientAsync();

        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Not_ready_while_the_index_is_behind_the_store_and_the_reason_is_not_told()
    {
        var client = await _factory.CreateImportedClientAsync();
        _factory.Corpus.Store.Upsert(_factory.Corpus.Store.All().First() with { Id = "not-indexed-yet", FileName = "not-indexed-yet.txt" });

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Not_ready_before_the_start_up_work_has_finished()
    {
        await _factory.CreateImportedClientAsync();
        var notStarted = new StartupImport(NullLogger<StartupImport>.Instance);

        var result = await new CorpusReadinessCheck(_factory.Corpus, notStarted).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    public void Dispose() => _factory.Dispose();
}
