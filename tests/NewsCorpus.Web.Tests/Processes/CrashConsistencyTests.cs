using Microsoft.Data.Sqlite;
using NewsCorpus.Core;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Web.Tests.Processes;

/// <summary>
/// Real writers killed (SIGKILL) at many points — right after a batch's SQLite commit, right after its index
/// commit, at random moments — then the next writer starts: the store and the index must agree article by article
/// (id, content hash, title, summit), nothing committed may be lost, and the killed run must be finished.
/// </summary>
public sealed class CrashConsistencyTests : IDisposable
{
    private const int Files = 30;
    private const int Batch = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-crash-").FullName;
    private string DataDir => Path.Combine(_dir, "var");
    private string Inbox => Path.Combine(_dir, "inbox");

    private ChildProcess Cli(IDictionary<string, string> environment, params string[] args) =>
        ChildProcess.Start(BuiltApps.Cli, [.. args, "--data-dir", DataDir], environment);

    private void KillAt(string point, params string[] args)
    {
        using var writer = Cli(BuiltApps.SmallBatches(Batch, point), args);
        writer.WaitForOutput("NEWSCORPUS_TEST_PAUSED", Patience);
        writer.Kill();
    }

    private ChildProcess RunToEnd(params string[] args)
    {
        var writer = Cli(BuiltApps.SmallBatches(Batch), args);
        Assert.True(writer.WaitForExit(Patience) == 0, $"stdout: {writer.Out}\nstderr: {writer.Err}");
        return writer;
    }

    private ImportRun LatestRun(RunKind kind)
    {
        using var corpus = NewsCorpus.Core.Corpus.OpenForReading(new NewsCorpusOptions { DataDir = DataDir });
        return corpus.Runs.Recent(1, kind).Single();
    }

    [Theory]
    [InlineData("store-commit:1")]
    [InlineData("store-commit:3")]
    [InlineData("index-commit:2")]
    [InlineData("index-commit:6")]
    public void An_import_killed_between_commits_is_finished_by_the_next_writer_with_store_and_index_agreeing(string point)
    {
        ArticleFiles.Write(Inbox, Files);

        KillAt(point, "import", Inbox);
        var killed = StoreAndIndex.Read(DataDir);
        var batches = int.Parse(point[(point.IndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(batches * Batch, killed.Stored.Count);
        Assert.Equal(point.StartsWith("store", StringComparison.Ordinal) ? Batch : 0, killed.MissingChanges);
        var interrupted = LatestRun(RunKind.Import);
        var next = RunToEnd("import", Inbox, "--json");

        var after = StoreAndIndex.Read(DataDir);
        after.AssertAgree();
        Assert.Equal(Files, after.Stored.Count);
        Assert.True(killed.Stored.All(s => after.Stored[s.Key] == s.Value), "an article committed before the kill changed or was lost");
        Assert.True(after.StoreIsCurrent);
        var resumed = LatestRunById(interrupted.Id);
        Assert.Equal((RunStatus.Done, Files, Files), (resumed.Status, resumed.Done, resumed.Imported));
        Assert.Contains("Finishing an earlier import", next.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_killed_while_its_index_commit_waits_is_caught_up_from_the_store_by_the_next_writer()
    {
        ArticleFiles.Write(Inbox, Files);
        var waiting = BuiltApps.SmallBatches(Batch, "store-commit:4");
        waiting["NewsCorpus__IndexCommitSeconds"] = "3600";

        using (var writer = Cli(waiting, "import", Inbox))
        {
            writer.WaitForOutput("NEWSCORPUS_TEST_PAUSED", Patience);
            writer.Kill();
        }
        var killed = StoreAndIndex.Read(DataDir);
        Assert.Equal((4 * Batch, 4 * Batch), (killed.Stored.Count, killed.MissingChanges));
        RunToEnd("import", Inbox, "--json");

        var after = StoreAndIndex.Read(DataDir);
        after.AssertAgree();
        Assert.Equal(Files, after.Stored.Count);
        Assert.True(killed.Stored.All(s => after.Stored[s.Key] == s.Value), "an article committed before the kill changed or was lost");
    }

    [Fact]
    public void An_update_import_killed_after_its_store_commit_leaves_no_updated_article_invisible()
    {
        ArticleFiles.Write(Inbox, Files);
        using (var first = new NewsCorpus.Core.Corpus(new NewsCorpusOptions { DataDir = DataDir }))
            first.Importer.Import([Inbox]);
        ArticleFiles.Write(Inbox, Files, edition: 2);

        KillAt("store-commit:2", "import", Inbox);
        Assert.Equal(Batch, StoreAndIndex.Read(DataDir).MissingChanges);
        var killed = LatestRun(RunKind.Import);
        var next = RunToEnd("import", Inbox, "--json");

        var after = StoreAndIndex.Read(DataDir);
        after.AssertAgree();
        Assert.All(after.Stored.Values, v => Assert.Contains("الطبعة 2", v, StringComparison.Ordinal));
        Assert.Equal((RunStatus.Done, Files), (LatestRunById(killed.Id).Status, LatestRunById(killed.Id).Updated));
        Assert.Contains($"\"unchanged\": {Files}", next.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("store-commit:2")]
    [InlineData("index-commit:3")]
    public void A_reparse_killed_part_way_is_still_due_and_the_next_writer_finishes_it(string point)
    {
        ArticleFiles.Write(Inbox, Files);
        using (var corpus = new NewsCorpus.Core.Corpus(new NewsCorpusOptions { DataDir = DataDir }))
        {
            corpus.Importer.Import([Inbox]);
            // As an older parser left the store: other titles, recorded with other rules, and indexed that way.
            using (var connection = new SqliteConnection($"Data Source={Path.Combine(DataDir, "newscorpus.db")}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE articles SET title = 'عنوان قديم ' || id; UPDATE store_meta SET value = 'older-rules' WHERE key = 'parsed_with';";
                command.ExecuteNonQuery();
            }
            corpus.Reindex();
        }

        KillAt(point, "reparse");
        var killed = StoreAndIndex.Read(DataDir);
        Assert.False(killed.StoreIsCurrent, "a killed reparse must still be due");
        RunToEnd("reparse", "--json");

        var after = StoreAndIndex.Read(DataDir);
        after.AssertAgree();
        Assert.True(after.StoreIsCurrent);
        Assert.DoesNotContain(after.Stored.Values, v => v.Contains("عنوان قديم", StringComparison.Ordinal));
    }

    [Fact]
    public void Imports_killed_at_random_moments_lose_nothing_committed()
    {
        ArticleFiles.Write(Inbox, Files);
        var random = new Random(20261123);
        for (var round = 1; round <= 3; round++)
        {
            ArticleFiles.Write(Inbox, Files / 2, edition: round + 1, first: round * 5);
            using (var writer = Cli(BuiltApps.SmallBatches(2), "import", Inbox))
            {
                Thread.Sleep(random.Next(300, 2500));
                writer.Kill();
            }
            var killed = StoreAndIndex.Read(DataDir);
            RunToEnd("import", Inbox, "--json");

            var after = StoreAndIndex.Read(DataDir);
            after.AssertAgree();
            Assert.Equal(Files, after.Stored.Count);
            Assert.True(killed.Stored.Keys.All(after.Stored.ContainsKey), "an article stored before the kill was lost");
            Assert.Empty(ReadRuns(r => r.Status is RunStatus.Running or RunStatus.Interrupted or RunStatus.Queued));
        }
    }

    [Fact]
    public async Task A_first_start_import_of_the_site_killed_part_way_is_resumed_at_the_next_start()
    {
        ArticleFiles.Write(Inbox, Files);
        string[] siteArgs = ["--urls", "http://127.0.0.1:0", "--data-dir", DataDir];
        var environment = BuiltApps.SmallBatches(Batch, "store-commit:3");
        environment["NewsCorpus__ImportSamples"] = "true";
        environment["NewsCorpus__ArticlesDir"] = Inbox;
        using (var site = ChildProcess.Start(BuiltApps.Site, siteArgs, environment))
        {
            site.WaitForOutput("NEWSCORPUS_TEST_PAUSED", Patience);
            // The writer is stopped in the middle of its import: pages still answer, from what is committed.
            using var http = new HttpClient { BaseAddress = new Uri(WaitForSiteUrl()) };
            var search = await HtmlPage.GetAsync(http, "/search?q=" + Uri.EscapeDataString("الرئيسين"));
            Assert.Equal(200, search.Status());
            Assert.Equal(2 * Batch, search.QuerySelectorAll("main .hit").Length);
            site.Kill();
        }
        var firstRun = LatestRun(RunKind.Import);
        Assert.Equal((RunStatus.Running, 3 * Batch), (firstRun.Status, firstRun.Done));

        environment.Remove("NEWSCORPUS_TEST_PAUSE");
        using (var restarted = ChildProcess.Start(BuiltApps.Site, siteArgs, environment))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (LatestRunById(firstRun.Id).Status != RunStatus.Done)
            {
                Assert.True(watch.Elapsed < Patience, $"the first-start import was not resumed.\n{restarted.Out}\n{restarted.Err}");
                Thread.Sleep(200);
            }
            restarted.Kill();
        }

        var after = StoreAndIndex.Read(DataDir);
        after.AssertAgree();
        Assert.Equal(Files, after.Stored.Count);
        Assert.True(after.StoreIsCurrent, "a resumed first import must not ask for a reparse");
        Assert.Single(ReadRuns(_ => true));
    }

    private string WaitForSiteUrl()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (NewsCorpus.Core.Import.Writer.WriterLock.CurrentHolder(DataDir) is { Url: { } url })
                return url;
            Assert.True(watch.Elapsed < Patience, "the site did not advertise its address");
            Thread.Sleep(100);
        }
    }

    private ImportRun LatestRunById(string id)
    {
        using var corpus = NewsCorpus.Core.Corpus.OpenForReading(new NewsCorpusOptions { DataDir = DataDir });
        return corpus.Runs.Get(id)!;
    }

    private List<ImportRun> ReadRuns(Func<ImportRun, bool> which)
    {
        using var corpus = NewsCorpus.Core.Corpus.OpenForReading(new NewsCorpusOptions { DataDir = DataDir });
        return corpus.Runs.Recent(1000).Where(which).ToList();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
