using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Tests;

/// <summary>The web app over its own temporary data folder, with the sample articles imported on start.</summary>
public class CorpusAppFactory : WebApplicationFactory<Program>
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("newscorpus-web-").FullName;

    /// <summary>The folder imported on first start; the samples unless a world of its own is wanted.</summary>
    protected virtual string? ArticlesDir => null;

    public NewsCorpus.Core.Corpus Corpus => Services.GetRequiredService<NewsCorpus.Core.Corpus>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsCorpus:DataDir", DataDir);
        // A data folder given explicitly starts empty unless asked to import the samples.
        builder.UseSetting("NewsCorpus:ImportSamples", "true");
        if (ArticlesDir is { } dir)
            builder.UseSetting("NewsCorpus:ArticlesDir", dir);
        builder.UseEnvironment("Production");
    }

    /// <summary>Starts the app and waits for the first-start import to finish.</summary>
    public async Task<HttpClient> CreateImportedClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<StartupImport>().Completed.WaitAsync(TimeSpan.FromMinutes(1));
        return client;
    }

    /// <summary>Stores and indexes articles directly, as a finished import would.</summary>
    public void Add(params Article[] articles)
    {
        foreach (var article in articles)
            Corpus.Store.Upsert(article);
        Corpus.Index.Index(articles);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDir))
            Directory.Delete(DataDir, recursive: true);
    }
}

/// <summary>
/// The app over a hand-made world: nothing is imported on start, and <see cref="WorldArticles"/> are stored with
/// the dates, summits, sources and entities that ingestion extracts, so pages that show them can be tested today.
/// </summary>
public class WorldAppFactory : CorpusAppFactory
{
    private readonly string _emptyFolder = Directory.CreateTempSubdirectory("newscorpus-empty-").FullName;

    protected override string? ArticlesDir => _emptyFolder;

    /// <summary>A client over the world's articles.</summary>
    public async Task<HttpClient> CreateWorldClientAsync()
    {
        var client = await CreateImportedClientAsync();
        if (Corpus.Store.Count() == 0)
            Add([.. WorldArticles.All]);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_emptyFolder))
            Directory.Delete(_emptyFolder, recursive: true);
    }
}
