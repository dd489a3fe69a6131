using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Tests.Corpus;

/// <summary>The search warm-up after a start stops at the first request someone makes, but not for health probes.</summary>
public sealed class SearchWarmUpStopTests : IDisposable
{
    private readonly CorpusAppFactory _factory = new();

    [Fact]
    public async Task Health_probes_leave_it_running_a_page_stops_it()
    {
        var client = await _factory.CreateImportedClientAsync();
        var warmUp = _factory.Services.GetRequiredService<SearchWarmUpService>();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        Assert.False(warmUp.HasStopped);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.True(warmUp.HasStopped);
    }

    public void Dispose() => _factory.Dispose();
}
