using System.Text;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Import;

/// <summary>
/// An import stores every batch at once but commits the index only every <c>IndexCommitSeconds</c> and at the end:
/// what searches see during the run, after it, and after a run stopped between batches.
/// </summary>
public sealed class IndexCommitPaceTests : IDisposable
{
    private const int Files = 5;
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-pace-").FullName;

    private Corpus Open(int commitSeconds) =>
        new(new NewsCorpusOptions { DataDir = Path.Combine(_dir, "var"), ImportBatchSize = 2, IndexCommitSeconds = commitSeconds });

    private string Articles()
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Files; i++)
            File.WriteAllText(Path.Combine(folder, $"story-{i:D2}.txt"), $"عنوان الخبر رقم {i}\nنص الخبر رقم {i} عن لقاء الرئيسين في جنيف", Encoding.UTF8);
        return folder;
    }

    // Searchable documents and stored articles after each batch, as the run reports its progress.
    private static List<(int Searchable, int Stored)> Import(Corpus corpus, string folder, CancellationTokenSource? stopAfterFirst = null)
    {
        var seen = new List<(int, int)>();
        corpus.RunExecutor.Execute(corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]), _ =>
        {
            seen.Add((corpus.Index.DocumentCount, corpus.Store.Count()));
            stopAfterFirst?.Cancel();
        }, RunStatus.Interrupted, stopAfterFirst?.Token ?? CancellationToken.None);
        return seen;
    }

    [Fact]
    public void Stored_batches_wait_for_the_commit_that_is_due_and_the_run_ends_with_one()
    {
        using var corpus = Open(commitSeconds: 3600);

        var seen = Import(corpus, Articles());

        Assert.Equal([(0, 2), (0, 4), (0, 5)], seen);
        Assert.Equal(Files, corpus.Index.DocumentCount);
        Assert.Equal(corpus.Store.LastChangeSequence(), corpus.Index.IndexedSequence);
        Assert.True(corpus.CheckIndex().IsCurrent);
    }

    [Fact]
    public void With_no_delay_every_batch_is_searchable_as_soon_as_it_is_stored()
    {
        using var corpus = Open(commitSeconds: 0);

        Assert.Equal([(2, 2), (4, 4), (5, 5)], Import(corpus, Articles()));
    }

    [Fact]
    public void A_run_stopped_between_batches_commits_what_it_stored_before_it_goes()
    {
        using var corpus = Open(commitSeconds: 3600);
        using var stop = new CancellationTokenSource();

        var seen = Import(corpus, Articles(), stop);

        Assert.Equal([(0, 2)], seen);
        Assert.Equal((RunStatus.Interrupted, 2), (corpus.Runs.Recent(1).Single().Status, corpus.Index.DocumentCount));
        Assert.True(corpus.CheckIndex().IsCurrent);
    }

    [Fact]
    public void A_reparse_commits_its_changed_articles_by_the_end_of_the_run()
    {
        using var corpus = Open(commitSeconds: 3600);
        Import(corpus, Articles());
        // As an older parser left the store: other titles, recorded with other rules, and indexed that way.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "var", "newscorpus.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET title = 'عنوان قديم ' || id; UPDATE store_meta SET value = 'older-rules' WHERE key = 'parsed_with';";
            command.ExecuteNonQuery();
        }
        corpus.Reindex();
        Assert.Equal(Files, corpus.Searcher.Search(new SearchRequest { Query = "قديم" }).Total);

        corpus.RunExecutor.Execute(corpus.Runs.Create(RunKind.Reparse, "tester", "reparse", []));

        Assert.Equal(0, corpus.Searcher.Search(new SearchRequest { Query = "قديم" }).Total);
        Assert.True(corpus.CheckIndex().IsCurrent);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
