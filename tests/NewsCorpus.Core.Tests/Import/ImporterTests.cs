using System.Text;
using NewsCorpus.Core.Import;

namespace NewsCorpus.Core.Tests.Import;

public sealed class ImporterTests : IDisposable
{
    private readonly TestCorpus _test = new();

    [Fact]
    public void Importing_the_same_files_twice_changes_nothing()
    {
        var first = _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);
        var second = _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

        Assert.Equal(5, first.Imported);
        Assert.Empty(first.Failed);
        Assert.Equal(0, second.Imported);
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(5, _test.Corpus.Store.Count());
        Assert.Equal(5, _test.Corpus.Index.DocumentCount);
    }

    [Fact]
    public void A_changed_file_updates_its_article_in_place()
    {
        var path = _test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان أول\nنص المقال عن قمة جنيف"));
        var id = _test.Corpus.Importer.Import([path]).Files.Single().ArticleId!;

        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("عنوان ثان\nنص المقال عن قمة هلسنكي"));
        var report = _test.Corpus.Importer.Import([path]);

        Assert.Equal(ImportOutcome.Updated, report.Files.Single().Outcome);
        Assert.Equal(id, report.Files.Single().ArticleId);
        Assert.Equal("عنوان ثان", _test.Corpus.Store.Get(id)!.Title);
        Assert.Equal(1, _test.Corpus.Index.DocumentCount);
    }

    [Fact]
    public void Two_files_of_one_name_in_one_import_do_not_overwrite_each_other()
    {
        var rt = Path.Combine(_test.Dir, "rt");
        var sana = Path.Combine(_test.Dir, "sana");
        Directory.CreateDirectory(rt);
        Directory.CreateDirectory(sana);
        File.WriteAllBytes(Path.Combine(rt, "article.txt"), Encoding.UTF8.GetBytes("عنوان من آر تي\nنص المقال عن قمة جنيف"));
        File.WriteAllBytes(Path.Combine(sana, "article.txt"), Encoding.UTF8.GetBytes("عنوان من سانا\nنص المقال عن قمة هلسنكي"));

        var report = _test.Corpus.Importer.Import([rt, sana]);

        Assert.Equal(1, report.Imported);
        var failed = Assert.Single(report.Failed);
        Assert.Contains("same name", failed.Error, StringComparison.Ordinal);
        Assert.Equal("عنوان من آر تي", _test.Corpus.Store.Get(report.Files[0].ArticleId!)!.Title);
        Assert.Equal(1, _test.Corpus.Store.Count());
    }

    [Fact]
    public void Refused_files_are_reported_and_good_ones_still_stored()
    {
        var good = _test.WriteFile("good.txt", Encoding.UTF8.GetBytes("عنوان\nنص عربي"));
        _test.WriteFile("empty.txt", []);
        _test.WriteFile("english.txt", Encoding.UTF8.GetBytes("No Arabic here"));

        var report = _test.Corpus.Importer.Import([Path.GetDirectoryName(good)!, Path.Combine(_test.Dir, "missing.txt")]);

        Assert.Equal(1, report.Imported);
        Assert.Equal(
            new HashSet<string> { "empty.txt", "english.txt", Path.Combine(_test.Dir, "missing.txt") },
            report.Failed.Select(f => f.File).ToHashSet());
        Assert.All(report.Failed, f => Assert.False(string.IsNullOrWhiteSpace(f.Error)));
        Assert.Equal(1, _test.Corpus.Store.Count());
    }

    [Fact]
    public void Files_parsed_on_several_threads_are_reported_and_recorded_in_the_order_given()
    {
        // Small batches, several of them; every fourth file is empty and refused at its own place.
        using var corpus = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(_test.Dir, "batches"), ImportBatchSize = 7 });
        var paths = Enumerable.Range(0, 30)
            .Select(i => _test.WriteFile($"story{29 - i:00}.txt", i % 4 == 3 ? [] : Encoding.UTF8.GetBytes($"عنوان رقم {i}\nنص المقال رقم {i} عن قمة جنيف")))
            .ToList();

        var report = corpus.Importer.Import(paths);
        var run = corpus.Runs.Recent(1).Single();

        Assert.Equal(paths.Select(Path.GetFileName), report.Files.Select(f => f.File));
        Assert.Equal(paths.Select((_, i) => i % 4 == 3 ? ImportOutcome.Failed : ImportOutcome.Imported), report.Files.Select(f => f.Outcome));
        Assert.Equal(paths.Select(Path.GetFileName), corpus.Runs.Files(run.Id, limit: 100).Select(f => f.File));
        Assert.Equal(23, corpus.Store.Count());
        Assert.Equal(23, corpus.Index.DocumentCount);
        Assert.Equal(corpus.Store.ContentHashes().OrderBy(p => p.Key), corpus.Index.ContentHashes().OrderBy(p => p.Key));
    }

    [Fact]
    public void A_refused_new_version_leaves_the_stored_article_untouched()
    {
        var path = _test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان\nنص عربي"));
        var id = _test.Corpus.Importer.Import([path]).Files.Single().ArticleId!;

        File.WriteAllBytes(path, [0x00, 0x01, 0x02]);
        var report = _test.Corpus.Importer.Import([path]);

        Assert.Equal(ImportOutcome.Failed, report.Files.Single().Outcome);
        Assert.Equal("عنوان", _test.Corpus.Store.Get(id)!.Title);
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused()
    {
        using var corpus = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(_test.Dir, "small"), MaxFileBytes = 10 });
        var path = _test.WriteFile("big.txt", Encoding.UTF8.GetBytes("عنوان طويل جداً\nنص"));

        var failed = corpus.Importer.Import([path]).Failed.Single();

        Assert.Contains("limit", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lost_index_is_rebuilt_from_sqlite_on_open()
    {
        _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);
        _test.Corpus.Index.Rebuild([]);
        _test.Corpus.Dispose();

        using var reopened = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(_test.Dir, "var") });

        Assert.Equal(5, reopened.Index.DocumentCount);
    }

    public void Dispose() => _test.Dispose();
}
