namespace NewsCorpus.Cli.Tests;

/// <summary>The documented exit codes (README, "Exit codes"), each from a real run.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Fact]
    public void A_catalog_folder_without_catalogs_exits_4_naming_the_missing_file()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.DataDir, "no-catalogs")).FullName;

        var (exit, _, error) = _cli.Run("stats", "--catalog-dir", empty);

        Assert.Equal(4, exit);
        Assert.Contains($"{Path.Combine(empty, "summits.json")}: the file is missing", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_folder_comes_from_the_sites_environment_variable_and_the_option_overrides_it()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.DataDir, "no-catalogs")).FullName;
        var shipped = Path.Combine(AppContext.BaseDirectory, "catalogs");
        var fromEnvironment = new Dictionary<string, string?> { ["NewsCorpus__CatalogDir"] = empty };

        var environmentOnly = _cli.RunWith(fromEnvironment, "stats");
        var overridden = _cli.RunWith(fromEnvironment, "stats", "--catalog-dir", shipped);

        Assert.Equal(4, environmentOnly.ExitCode);
        Assert.Equal(0, overridden.ExitCode);
        Assert.Contains($"catalog folder: {shipped}", overridden.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_written_by_a_newer_build_exits_4_saying_what_to_do_and_is_left_as_it_was()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        var database = Path.Combine(_cli.DataDir, "newscorpus.db");
        var newer = NewsCorpus.Core.Storage.SchemaMigrator.LatestVersion + 1;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO schema_migrations (number, applied_at) VALUES ({newer}, 'later')";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(database);

        var stats = _cli.Run("stats");
        var import = _cli.Run("import", CliProcess.SampleArticles);

        Assert.Equal(4, stats.ExitCode);
        Assert.Equal(4, import.ExitCode);
        Assert.Contains($"was written by a newer NewsCorpus: it has schema migration {newer}", stats.Err, StringComparison.Ordinal);
        Assert.Contains("restore a backup", import.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stats.Err + import.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(database));
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var (exit, output, _) = _cli.RunWithoutDataDir("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void A_limited_search_says_how_many_it_shows_of_how_many()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var (exit, output, _) = _cli.Run("search", "", "--limit", "2");

        Assert.Equal(0, exit);
        Assert.StartsWith("showing 2 of 5 articles", output, StringComparison.Ordinal);
        Assert.StartsWith("5 articles", _cli.Run("search", "").Out, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
