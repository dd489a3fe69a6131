using NewsCorpus.Core.Setup;

namespace NewsCorpus.Core.Tests.Setup;

public sealed class SetupProblemTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-setup-").FullName;

    [Fact]
    public void A_data_folder_another_corpus_writes_is_reported_as_busy_with_who_holds_it()
    {
        var options = new NewsCorpusOptions { DataDir = _dir };
        using var first = SetupProblem.OpenCorpus(options);

        var problem = Assert.Throws<CorpusSetupException>(() => SetupProblem.OpenCorpus(options));

        Assert.True(problem.IsBusy);
        Assert.Contains($"The data folder {_dir} is being written by", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("One process at a time", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_folder_that_cannot_be_created_is_reported_with_the_fix()
    {
        var inTheWay = Path.Combine(_dir, "a-file");
        File.WriteAllText(inTheWay, "");
        var dataDir = Path.Combine(inTheWay, "data");

        var problem = Assert.Throws<CorpusSetupException>(() => SetupProblem.OpenCorpus(new NewsCorpusOptions { DataDir = dataDir }));

        Assert.False(problem.IsBusy);
        Assert.StartsWith($"NewsCorpus cannot create or write its data folder {dataDir} (", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--data-dir", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_refusing_to_write_is_reported_as_an_unwritable_data_folder()
    {
        var readOnly = new Microsoft.Data.Sqlite.SqliteException("attempt to write a readonly database", 8);

        var problem = SetupProblem.Recognize(new InvalidOperationException("wrapped", readOnly), "/srv/newscorpus");

        Assert.NotNull(problem);
        Assert.Contains("cannot create or write its data folder /srv/newscorpus", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bug_is_not_mistaken_for_a_setup_problem() =>
        Assert.Null(SetupProblem.Recognize(new ArgumentOutOfRangeException("limit"), "/srv/newscorpus"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
