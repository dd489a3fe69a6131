using System.Text;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

public sealed class ArticleOverridesTests : IDisposable
{
    private readonly TestCorpus _test = new();

    private ArticleStore Store => _test.Corpus.Store;

    private string ImportStory(string path) => _test.Corpus.Importer.Import([path]).Files.Single().ArticleId!;

    [Fact]
    public void Re_importing_a_changed_file_keeps_the_editors_corrections()
    {
        var path = _test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان أول\nهانغتشو، 5 سبتمبر 2016 - التقى أوباما وبوتين"));
        var id = ImportStory(path);
        Store.Overrides.Set(id, ArticleOverrides.Title, "عنوان صححه المحرر");
        Store.Overrides.Set(id, ArticleOverrides.Summit, "g20-2016-hangzhou");
        Store.Overrides.Set(id, ArticleOverrides.Date, "2016-09-04");

        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("عنوان ثان\nهانغتشو، 6 سبتمبر 2016 - التقى أوباما وبوتين ومعهما كيري"));
        var report = _test.Corpus.Importer.Import([path]);

        Assert.Equal(ImportOutcome.Updated, report.Files.Single().Outcome);
        var article = Store.Get(id)!;
        Assert.Equal("عنوان صححه المحرر", article.Title);
        Assert.Equal("g20-2016-hangzhou", article.SummitId);
        Assert.Equal(new DateOnly(2016, 9, 4), article.Date);
        Assert.Equal("editor", article.DateSource);
        Assert.Equal([ArticleOverrides.Date, ArticleOverrides.Summit, ArticleOverrides.Title], article.CorrectedFields);
        // Fields nobody corrected follow the new file.
        Assert.Contains("kerry", article.Entities);
        var parsed = Store.GetParsed(id)!;
        Assert.Equal("عنوان ثان", parsed.Title);
        Assert.Equal(new DateOnly(2016, 9, 6), parsed.Date);
    }

    [Fact]
    public void The_index_serves_the_corrected_values_after_a_re_import_and_a_rebuild()
    {
        var path = _test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان\nالتقى أوباما وبوتين"));
        var id = ImportStory(path);
        Store.Overrides.Set(id, ArticleOverrides.Summit, "helsinki-2018");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("عنوان\nالتقى أوباما وبوتين مجددا"));
        ImportStory(path);

        var afterImport = _test.Corpus.Searcher.Search(new SearchRequest { Summit = "helsinki-2018" });
        _test.Corpus.Reindex();
        var afterRebuild = _test.Corpus.Searcher.Search(new SearchRequest { Summit = "helsinki-2018" });

        Assert.Equal(id, Assert.Single(afterImport.Hits).Id);
        Assert.Equal(id, Assert.Single(afterRebuild.Hits).Id);
    }

    [Fact]
    public void Removing_a_correction_shows_the_parsed_value_again()
    {
        var id = ImportStory(_test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان أصلي\nنص")));
        Store.Overrides.Set(id, ArticleOverrides.Title, "عنوان مصحح");

        Assert.True(Store.Overrides.Remove(id, ArticleOverrides.Title));

        Assert.Equal("عنوان أصلي", Store.Get(id)!.Title);
        Assert.Empty(Store.Get(id)!.CorrectedFields);
    }

    [Fact]
    public void A_correction_can_clear_a_parsed_value()
    {
        var id = ImportStory(_test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان\nهانغتشو، 5 سبتمبر 2016 - التقى الرئيسان")));
        Assert.NotNull(Store.Get(id)!.Date);

        Store.Overrides.Set(id, ArticleOverrides.Date, null);

        Assert.Null(Store.Get(id)!.Date);
    }

    [Theory]
    [InlineData("original_text", "x")]
    [InlineData("date", "16/6/2021")]
    [InlineData("title", " ")]
    [InlineData("entities", "putin")]
    public void Unknown_fields_and_malformed_values_are_refused(string field, string value)
    {
        var id = ImportStory(_test.WriteFile("story.txt", Encoding.UTF8.GetBytes("عنوان\nنص")));

        Assert.Throws<ArgumentException>(() => Store.Overrides.Set(id, field, value));
    }

    [Fact]
    public void A_correction_for_a_missing_article_is_refused() =>
        Assert.Throws<ArgumentException>(() => Store.Overrides.Set("nope", ArticleOverrides.Title, "عنوان"));

    public void Dispose() => _test.Dispose();
}
