using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Tests;

/// <summary>The web app over its own temporary data folder, with the sample articles imported on start.</summary>
public class CorpusAppFactory : WebApplicationFactory<Program>
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("newscorpus-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsCorpus:DataDir", DataDir);
        builder.UseEnvironment("Production");
    }

    /// <summary>Starts the app and waits for the first-start import to finish.</summary>
    public async Task<HttpClient> CreateImportedClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<StartupImport>().Completed.WaitAsync(TimeSpan.FromMinutes(1));
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDir))
            Directory.Delete(DataDir, recursive: true);
    }
}
