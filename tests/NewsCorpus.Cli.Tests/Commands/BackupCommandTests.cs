namespace NewsCorpus.Cli.Tests.Commands;

public sealed class BackupCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    private string Destination => Path.Combine(_cli.DataDir, "..", $"{Path.GetFileName(_cli.DataDir)}-backup");

    [Fact]
    public void Backup_writes_a_data_folder_whose_index_is_rebuilt_by_the_first_writer_that_opens_it()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var report = _cli.RunJson("backup", Destination, "--json");
        using var opened = new CliProcess(Destination);
        var restored = opened.RunJson("stats", "--json");
        opened.RunJson("reparse", "--json");
        var repaired = opened.RunJson("stats", "--json");

        Assert.Equal(5, report.GetProperty("articles").GetInt32());
        Assert.Equal((5, false), (restored.GetProperty("articles").GetInt32(), restored.GetProperty("index_current").GetBoolean()));
        Assert.Equal((5, true), (repaired.GetProperty("indexed_documents").GetInt32(), repaired.GetProperty("index_current").GetBoolean()));
    }

    [Fact]
    public void Backup_into_a_folder_that_is_not_empty_is_a_usage_error()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var (exit, _, error) = _cli.Run("backup", CliProcess.SampleArticles);

        Assert.Equal(2, exit);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
