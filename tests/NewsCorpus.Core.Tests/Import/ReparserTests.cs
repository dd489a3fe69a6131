using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;
using NewsCorpus.Core.Tests.Storage;

namespace NewsCorpus.Core.Tests.Import;

public sealed class ReparserTests : IDisposable
{
    private readonly TestCorpus _test = new();

    private string ImportStory()
    {
        var path = _test.WriteFile("story.txt", Encoding.UTF8.GetBytes(
            "أوباما وبوتين في خوانجو\nالتقى الرئيسان أوباما وبوتين على هامش قمة مجموعة العشرين في مدينة خوانجو الصينية اليوم الاثنين 5 سبتمبر 2016."));
        return _test.Corpus.Importer.Import([path]).Files.Single().ArticleId!;
    }

    [Fact]
    public void Articles_stored_by_older_rules_are_parsed_again_and_reindexed_keeping_corrections()
    {
        var id = ImportStory();
        var store = _test.Corpus.Store;
        // As an older parser or catalog would have left it: no summit, no entities.
        store.Upsert(store.GetParsed(id)! with { SummitId = null, SummitEvidence = null, Entities = [] });
        store.Overrides.Set(id, ArticleOverrides.Title, "عنوان صححه المحرر");
        _test.Corpus.Reindex();

        var report = _test.Corpus.Reparse();

        Assert.Equal(new ReparseReport(1, 1), report);
        var article = store.Get(id)!;
        Assert.Equal("g20-2016-hangzhou", article.SummitId);
        Assert.Contains("obama", article.Entities);
        Assert.Equal("عنوان صححه المحرر", article.Title);
        Assert.Equal(id, Assert.Single(_test.Corpus.Searcher.Search(new SearchRequest { Summit = "g20-2016-hangzhou" }).Hits).Id);
    }

    [Fact]
    public void Reparsing_with_unchanged_rules_changes_nothing()
    {
        ImportStory();

        Assert.Equal(new ReparseReport(1, 0), _test.Corpus.Reparse());
    }

    [Fact]
    public void A_store_parsed_with_other_catalogs_is_out_of_date_until_reparsed()
    {
        // A copy of the catalogs an editor can change, and a store kept across two starts.
        var catalogs = Path.Combine(_test.Dir, "catalogs");
        Directory.CreateDirectory(catalogs);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "data")))
            File.Copy(file, Path.Combine(catalogs, Path.GetFileName(file)));
        var options = new NewsCorpusOptions { DataDir = Path.Combine(_test.Dir, "store"), CatalogDir = catalogs };
        var story = _test.WriteFile("story.txt", Encoding.UTF8.GetBytes("تصريحات من الكرملين\nقال المتحدث زيلباخ إن الرئيس بوتين سيلتقي نظيره قريبا."));
        using (var first = new Corpus(options))
        {
            first.Importer.Import([story]);
            Assert.True(first.Reparser.StoreIsCurrent);
        }
        var entities = Path.Combine(catalogs, "entities.json");
        File.WriteAllText(entities, File.ReadAllText(entities).Replace("\"aliases_ar\": [\"بيسكوف\",", "\"aliases_ar\": [\"بيسكوف\", \"زيلباخ\",", StringComparison.Ordinal));

        using var second = new Corpus(options);
        Assert.False(second.Reparser.StoreIsCurrent);
        var report = second.Reparse();

        Assert.Equal(new ReparseReport(1, 1), report);
        Assert.True(second.Reparser.StoreIsCurrent);
        Assert.Contains("peskov", second.Store.Get(second.Store.Ids().Single())!.Entities);
    }

    [Fact]
    public void Texts_an_earlier_build_kept_in_older_forms_are_written_back_in_todays_without_counting_as_changes()
    {
        var id = ImportStory();
        var second = _test.Corpus.Importer.Import([_test.WriteFile("other.txt", Encoding.UTF8.GetBytes(
            "لقاء في جنيف\nالتقى الرئيسان بايدن وبوتين في جنيف يوم 16 يونيو 2021."))]).Files.Single().ArticleId!;
        var third = _test.Corpus.Importer.Import([_test.WriteFile("third.txt", Encoding.UTF8.GetBytes(
            "قمة هلسنكي\nالتقى ترامب وبوتين في هلسنكي يوم 16 يوليو 2018."))]).Files.Single().ArticleId!;
        var texts = new[] { id, second, third }.ToDictionary(i => i, i => _test.Corpus.Store.GetParsed(i)!.OriginalText);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_test.Corpus.Options.DataDir, Database.FileName)};Pooling=False");
        // As builds before Zstandard left them: Brotli of UTF-8 (quality 5, window 22), and, before that, plain TEXT.
        connection.Execute("UPDATE articles SET original_text = @brotli WHERE id = @id", new { brotli = OlderTextForms.Brotli(texts[id]), id });
        connection.Execute("UPDATE articles SET original_text = @text WHERE id = @second", new { text = texts[second], second });
        var sequences = connection.Query<(string, long)>("SELECT id, change_seq FROM articles ORDER BY id").ToList();
        var untouched = connection.QuerySingle<byte[]>("SELECT original_text FROM articles WHERE id = @third", new { third });
        Assert.Equal([false, true, true], _test.Corpus.Store.GetParsedWithTextForm([third, id, second]).OrderBy(s => s.Article.Id == third ? 0 : 1).Select(s => s.OlderText));

        Assert.Equal(new ReparseReport(3, 0), _test.Corpus.Reparse());

        Assert.All(_test.Corpus.Store.GetParsedWithTextForm([id, second, third]), s => Assert.False(s.OlderText));
        Assert.Equal(sequences, connection.Query<(string, long)>("SELECT id, change_seq FROM articles ORDER BY id").ToList());
        Assert.Equal(untouched, connection.QuerySingle<byte[]>("SELECT original_text FROM articles WHERE id = @third", new { third }));
        foreach (var (article, text) in texts)
        {
            Assert.Equal(OlderTextForms.ZstdFrameStart, connection.QuerySingle<byte[]>("SELECT substr(original_text, 1, 4) FROM articles WHERE id = @article", new { article }));
            Assert.Equal(text, _test.Corpus.Store.GetParsed(article)!.OriginalText);
        }
    }

    public void Dispose() => _test.Dispose();
}
