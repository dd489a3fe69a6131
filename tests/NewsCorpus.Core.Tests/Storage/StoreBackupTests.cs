using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

public sealed class StoreBackupTests : IDisposable
{
    private readonly TestCorpus _test = new();

    private string Destination => Path.Combine(_test.Dir, "backup");

    [Fact]
    public void A_store_in_use_is_copied_whole_and_the_copy_opens_as_a_data_folder_with_its_index_rebuilt()
    {
        _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);
        Directory.CreateDirectory(Path.Combine(_test.Corpus.Options.DataDir, "keys"));
        File.WriteAllText(Path.Combine(_test.Corpus.Options.DataDir, "keys", "key-1.xml"), "<key />");

        // The corpus stays open, as the running site would hold it.
        var report = StoreBackup.Write(_test.Corpus.Options.DataDir, Destination);

        Assert.Equal(5, report.Articles);
        Assert.Equal(1, report.KeyFiles);
        Assert.False(Directory.Exists(Path.Combine(Destination, "index")));
        using var restored = new Corpus(new NewsCorpusOptions { DataDir = Destination });
        Assert.Equal(5, restored.Index.DocumentCount);
        Assert.NotEmpty(restored.Searcher.Search(new Core.Search.SearchRequest { Query = "بوتين" }).Hits);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused()
    {
        Directory.CreateDirectory(Destination);
        File.WriteAllText(Path.Combine(Destination, "something"), "");

        Assert.Throws<InvalidOperationException>(() => StoreBackup.Write(_test.Corpus.Options.DataDir, Destination));
    }

    public void Dispose() => _test.Dispose();
}
