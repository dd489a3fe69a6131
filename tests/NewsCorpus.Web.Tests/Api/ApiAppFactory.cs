using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Import.Writer;

namespace NewsCorpus.Web.Tests.Api;

/// <summary>
/// The app over an empty store of its own, with settings a test chooses, and clients for its API: anonymous, or
/// bearing the local hand-off credential the site advertises in <c>writer.json</c> (an admin).
/// </summary>
public sealed class ApiAppFactory(IReadOnlyDictionary<string, string>? settings = null) : WorldAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NewsCorpus:ImportSamples", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    /// <summary>A client bearing the site's hand-off credential.</summary>
    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = await CreateImportedClientAsync();
        var token = WriterLock.CurrentHolder(Corpus.Options.DataDir)?.HandOffToken
            ?? throw new InvalidOperationException("the site advertised no hand-off credential");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Polls a run until it is done or failed.</summary>
    public static async Task<RunJson> FinishedAsync(HttpClient client, string id)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var run = (await client.GetFromJsonAsync<RunJson>($"/api/v1/imports/{id}"))!;
            if (run.IsFinished)
                return run;
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"run {id} is still {run.Status}");
            await Task.Delay(50);
        }
    }
}
