namespace NewsCorpus.Cli.Tests.Commands;

public sealed class BackupCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    private string Destination => Path.Combine(_cli.DataDir, "..", $"{Path.GetFileName(_cli.DataDir)}-backup");

    [Fact]
    public void Backup_writes_a_data_folder_that_opens_with_every_article()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var report = _cli.RunJson("backup", Destination, "--json");
        using var opened = new CliProcess(Destination);
        var restored = opened.RunJson("stats", "--json");

        Assert.Equal(5, report.GetProperty("articles").GetInt32());
        Assert.Equal(5, restored.GetProperty("articles").GetInt32());
        Assert.Equal(5, restored.GetProperty("indexed_documents").GetInt32());
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
