using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Tests.Corpus;

public sealed class FirstStartTests
{
    /// <summary>The app over a data folder given explicitly, with <c>NewsCorpus:ImportSamples</c> as the test says.</summary>
    private sealed class GivenFolderFactory(string? importSamples) : WebApplicationFactory<Program>
    {
        public string DataDir { get; } = Directory.CreateTempSubdirectory("newscorpus-first-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsCorpus:DataDir", DataDir);
            if (importSamples is not null)
                builder.UseSetting("NewsCorpus:ImportSamples", importSamples);
            builder.UseEnvironment("Production");
        }

        public async Task<NewsCorpus.Core.Corpus> StartedAsync()
        {
            CreateClient();
            await Services.GetRequiredService<StartupImport>().Completed.WaitAsync(TimeSpan.FromMinutes(1));
            return Services.GetRequiredService<NewsCorpus.Core.Corpus>();
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            // WebApplicationFactory disposes twice (Dispose and DisposeAsync); the folder goes once.
            if (disposing && Directory.Exists(DataDir))
                Directory.Delete(DataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_data_folder_given_explicitly_starts_empty()
    {
        using var factory = new GivenFolderFactory(importSamples: null);

        var corpus = await factory.StartedAsync();

        Assert.Equal(0, corpus.Store.Count());
        Assert.Empty(corpus.Runs.Recent(10));
    }

    [Fact]
    public async Task The_samples_are_imported_into_a_given_folder_when_asked_for()
    {
        using var factory = new GivenFolderFactory(importSamples: "true");

        var corpus = await factory.StartedAsync();

        Assert.Equal(5, corpus.Store.Count());
        var run = Assert.Single(corpus.Runs.Recent(10));
        Assert.Equal(("site", 5), (run.RequestedBy, run.Imported));
    }
}
