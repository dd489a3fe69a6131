using System.Text;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Import;

/// <summary>
/// A writer whose index failed under it — here its folder deleted while it runs, as an admin forcing a rebuild might —
/// recovers without a restart: the store keeps what the failed run wrote, searches keep the commit they had, and
/// <see cref="Corpus.RepairIndex"/> rebuilds the index from the store.
/// </summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-recover-").FullName;
    private string DataDir => Path.Combine(_dir, "var");

    private string Folder(string name, params (string File, string Title)[] stories)
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, title) in stories)
            File.WriteAllText(Path.Combine(folder, file), $"{title}\nنص الخبر عن لقاء الرئيسين في جنيف", Encoding.UTF8);
        return folder;
    }

    private static int Found(Corpus corpus, string word) => corpus.Searcher.Search(new SearchRequest { Query = word }).Total;

    [Fact]
    public void A_run_that_fails_because_the_index_folder_was_deleted_leaves_the_store_whole_and_the_index_is_rebuilt_from_it()
    {
        using var corpus = new Corpus(new NewsCorpusOptions { DataDir = DataDir });
        corpus.Importer.Import([Folder("first", ("a.txt", "زلزال أول"), ("b.txt", "زلزال ثان"))]);
        Directory.Delete(Path.Combine(DataDir, "index"), recursive: true);

        var run = corpus.RunExecutor.Execute(corpus.Runs.Create(RunKind.Import, "test", "second",
            [Folder("second", ("c.txt", "زلزال ثالث"))]));

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(3, corpus.Store.Count());
        // From the failed write on, the index counts as behind (the site's readiness says so), whatever it recorded.
        Assert.True(corpus.Index.NeedsRecovery);
        Assert.False(corpus.CheckIndex().IsCurrent);
        // The commit searches read is mapped, so the articles indexed before stay found while the index is broken.
        Assert.Equal(2, Found(corpus, "زلزال"));

        var found = corpus.RepairIndex();

        Assert.Contains("a write to it failed", found.Describe(), StringComparison.Ordinal);
        Assert.False(corpus.Index.NeedsRecovery);
        Assert.True(corpus.CheckIndex().IsCurrent);
        Assert.Equal(corpus.Store.ContentHashes(), corpus.Index.ContentHashes());
        Assert.Equal(3, Found(corpus, "زلزال"));
        // The writer works on: the next run commits into the new index.
        corpus.Importer.Import([Folder("third", ("d.txt", "زلزال رابع"))]);
        Assert.Equal(4, Found(corpus, "زلزال"));
    }

    [Fact]
    public void Going_back_to_the_last_commit_drops_what_was_staged_and_never_committed_and_the_repair_indexes_it_again()
    {
        using var corpus = new Corpus(new NewsCorpusOptions { DataDir = DataDir });
        corpus.Importer.Import([Folder("first", ("a.txt", "زلزال أول"))]);
        var stored = corpus.Store.All().Single();
        corpus.Store.Upsert(corpus.Store.GetParsed(stored.Id)! with { Title = "زلزال محدث", ContentHash = "new-bytes" });
        // Staged as an import batch is, and recorded in memory as indexed, but never committed.
        var committed = corpus.Index.IndexedSequence;
        corpus.Index.Stage([corpus.Store.Get(stored.Id)!], committed, corpus.Store.LastChangeSequence());
        Assert.True(corpus.CheckIndex().IsCurrent);

        corpus.Index.ReturnToLastCommit();

        Assert.Equal(committed, corpus.Index.IndexedSequence);
        Assert.Equal(1, corpus.CheckIndex().MissingChanges);
        corpus.RepairIndex();
        Assert.True(corpus.CheckIndex().IsCurrent);
        Assert.Equal(1, Found(corpus, "محدث"));
    }

    [Fact]
    public void An_index_reopened_after_its_folder_was_deleted_is_complete_up_to_nothing_until_caught_up()
    {
        using var corpus = new Corpus(new NewsCorpusOptions { DataDir = DataDir });
        corpus.Importer.Import([Folder("first", ("a.txt", "زلزال أول"))]);
        Directory.Delete(Path.Combine(DataDir, "index"), recursive: true);

        corpus.Index.ReturnToLastCommit();

        Assert.Equal(0, corpus.Index.IndexedSequence);
        Assert.Equal(1, corpus.CheckIndex().MissingChanges);
        Assert.Equal(1, Found(corpus, "زلزال"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
