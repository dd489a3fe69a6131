using System.Text;
using NewsCorpus.Core.Import.Writer;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Import;

public sealed class IndexSyncTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-sync-").FullName;
    private NewsCorpusOptions Options => new() { DataDir = Path.Combine(_dir, "var") };

    private string Story(string name, string title)
    {
        var path = Path.Combine(_dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"{title}\nنص الخبر عن لقاء الرئيسين في جنيف", Encoding.UTF8);
        return path;
    }

    private Corpus OpenWithoutRepair() =>
        Corpus.OpenForWriting(Options, WriterLock.Acquire(Options.WithDefaults().DataDir, WriterHolder.ThisProcess(WriterKind.Library, "test")), repairIndex: false);

    [Fact]
    public void An_update_stored_but_never_indexed_is_indexed_on_open_without_a_rebuild()
    {
        using (var corpus = new Corpus(Options))
        {
            corpus.Importer.Import([Story("a.txt", "عنوان أ"), Story("b.txt", "عنوان ب")]);
            // As a writer killed between a batch's SQLite commit and its index commit leaves it.
            var stored = corpus.Store.GetParsed(corpus.Store.Ids()[0])!;
            corpus.Store.Upsert(stored with { Title = "عنوان محدث", ContentHash = "new-bytes" });
        }

        using var reopened = OpenWithoutRepair();
        var found = reopened.RepairIndex();

        Assert.Equal((false, 1L), (found.NeedsRebuild, found.MissingChanges));
        Assert.Equal(reopened.Store.ContentHashes(), reopened.Index.ContentHashes());
        Assert.Equal(1, reopened.Searcher.Search(new SearchRequest { Query = "محدث" }).Total);
        Assert.True(reopened.CheckIndex().IsCurrent);
    }

    [Fact]
    public void A_correction_takes_a_change_sequence_so_an_index_that_missed_it_is_repaired()
    {
        using var corpus = new Corpus(Options);
        corpus.Importer.Import([Story("a.txt", "عنوان أ")]);
        var id = corpus.Store.Ids().Single();

        corpus.Store.Overrides.Set(id, ArticleOverrides.Title, "عنوان صححه المحرر");

        Assert.Equal(1, corpus.CheckIndex().MissingChanges);
        corpus.RepairIndex();
        Assert.Equal(1, corpus.Searcher.Search(new SearchRequest { Query = "المحرر" }).Total);
    }

    [Fact]
    public void An_index_of_another_store_is_rebuilt_rather_than_trusted()
    {
        var other = new NewsCorpusOptions { DataDir = Path.Combine(_dir, "other") };
        using (var first = new Corpus(other))
            first.Importer.Import([Story("a.txt", "عنوان أ"), Story("b.txt", "عنوان ب")]);
        using (var second = new Corpus(Options))
            second.Importer.Import([Story("c.txt", "عنوان ج")]);
        Directory.Delete(Path.Combine(_dir, "var", "index"), recursive: true);
        CopyFolder(Path.Combine(_dir, "other", "index"), Path.Combine(_dir, "var", "index"));

        using var reopened = OpenWithoutRepair();

        Assert.True(reopened.CheckIndex().NeedsRebuild);
        reopened.RepairIndex();
        Assert.Equal(reopened.Store.ContentHashes(), reopened.Index.ContentHashes());
    }

    [Fact]
    public void A_lost_index_is_built_again_from_the_store()
    {
        using (var corpus = new Corpus(Options))
            corpus.Importer.Import([Story("a.txt", "عنوان أ"), Story("b.txt", "عنوان ب")]);
        Directory.Delete(Path.Combine(_dir, "var", "index"), recursive: true);

        using var reopened = new Corpus(Options);

        Assert.Equal(reopened.Store.ContentHashes(), reopened.Index.ContentHashes());
    }

    [Fact]
    public void A_stopped_rebuild_leaves_the_old_index_searchable_and_the_writer_usable()
    {
        using var corpus = new Corpus(Options);
        corpus.Importer.Import([Story("a.txt", "عنوان أ"), Story("b.txt", "عنوان ب")]);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => corpus.Reindexer.Rebuild(cancellation: stop.Token));

        Assert.Equal(2, corpus.Index.DocumentCount);
        corpus.Importer.Import([Story("c.txt", "عنوان ج")]);
        Assert.Equal(corpus.Store.ContentHashes(), corpus.Index.ContentHashes());
    }

    [Fact]
    public void A_reader_opens_beside_the_writer_and_says_when_the_index_is_behind()
    {
        using var writer = new Corpus(Options);
        writer.Importer.Import([Story("a.txt", "عنوان أ"), Story("b.txt", "عنوان ب")]);

        using (var reader = Corpus.OpenForReading(Options))
        {
            Assert.False(reader.IsWriter);
            Assert.Equal((2, 2), (reader.Store.Count(), reader.Index.DocumentCount));
            Assert.True(reader.CheckIndex().IsCurrent);
            Assert.Throws<InvalidOperationException>(() => reader.Importer);
        }
        writer.Store.Upsert(writer.Store.GetParsed(writer.Store.Ids()[0])! with { Title = "عنوان محدث" });

        using var later = Corpus.OpenForReading(Options);
        Assert.Equal(1, later.CheckIndex().MissingChanges);
        Assert.Contains("behind the store by 1", later.CheckIndex().Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_of_a_new_folder_finds_an_empty_store_and_index()
    {
        using var reader = Corpus.OpenForReading(Options);

        Assert.Equal((0, 0), (reader.Store.Count(), reader.Index.DocumentCount));
        Assert.Equal(0, reader.Searcher.Search(new SearchRequest { Query = "جنيف" }).Total);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
