using System.Text.Json;

namespace NewsCorpus.Deployment.Tests;

[Collection(PublishedBuilds.Name)]
public sealed class PublishedAppsTests(PublishedApps apps)
{
    private readonly string _home = apps.NewFolder("xdg-data");
    private readonly string _workingDirectory = apps.NewFolder("elsewhere");

    private Dictionary<string, string> Environment => new() { ["XDG_DATA_HOME"] = _home };

    private ProcessResult Cli(params string[] args) => ProcessRun.Run(apps.Cli, _workingDirectory, args, Environment);

    private JsonElement CliJson(params string[] args)
    {
        var result = Cli([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public void Published_cli_imports_searches_and_shows_from_another_folder_with_the_catalogs_it_ships()
    {
        var import = CliJson("import", PublishedApps.SampleArticles);
        var search = CliJson("search", "بوتين");
        var id = search.GetProperty("hits")[0].GetProperty("id").GetString()!;
        var article = CliJson("show", id);
        var stats = CliJson("stats");

        Assert.Equal(5, import.GetProperty("imported").GetInt32());
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Equal(id, article.GetProperty("id").GetString());
        // Outside a checkout: the platform's data folder and the shipped catalogs, never the working directory.
        Assert.Equal(Path.Combine(_home, "newscorpus"), stats.GetProperty("data_dir").GetString());
        Assert.Equal(Path.Combine(apps.CliFolder, "catalogs"), stats.GetProperty("catalog_dir").GetString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingDirectory));
    }

    [Fact]
    public void Published_cli_reads_the_data_folder_from_the_sites_environment_variable()
    {
        var dataDir = apps.NewFolder("env-data");

        var result = ProcessRun.Run(apps.Cli, _workingDirectory, ["stats", "--json"], new Dictionary<string, string> { ["NewsCorpus__DataDir"] = dataDir });

        Assert.Equal(dataDir, JsonDocument.Parse(result.Out).RootElement.GetProperty("data_dir").GetString());
    }

    [Fact]
    public async Task Published_site_starts_from_another_folder_serves_pages_and_answers_health_checks()
    {
        var dataDir = apps.NewFolder("site-data");
        CliJson("import", PublishedApps.SampleArticles, "--data-dir", dataDir);

        await using var site = await RunningSite.StartAsync(apps.Web, _workingDirectory, Environment, "--data-dir", dataDir);
        var live = await site.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await site.WaitForOkAsync("/readyz");
        var home = await site.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var stylesheet = await site.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ar\"", home, StringComparison.Ordinal);
        Assert.True(stylesheet.IsSuccessStatusCode && (await stylesheet.Content.ReadAsByteArrayAsync()).Length > 1000, "wwwroot is served from the app's folder");
        // JSON console logs on request, and appsettings.json found in the app's folder: requests are not logged at Information.
        var entries = site.LogLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(entries, e => e.GetProperty("EventId").GetInt32() == 1001 && e.GetProperty("Message").GetString()!.Contains(dataDir, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.GetProperty("Category").GetString()!.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingDirectory));
    }
}
