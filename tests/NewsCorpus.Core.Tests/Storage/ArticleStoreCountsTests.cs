using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

public sealed class ArticleStoreCountsTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    private static Article Make(string id, string? date, string? summit) => new()
    {
        Id = id, FileName = id + ".txt", ContentHash = id, Encoding = "utf-8", Title = "عنوان " + id,
        Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        SummitId = summit, OriginalText = "نص",
    };

    [Fact]
    public void Counts_group_articles_by_summit_and_by_month_ignoring_unassigned_ones()
    {
        var store = _corpus.Corpus.Store;
        store.Upsert(Make("a", "2016-09-05", "g20-2016-hangzhou"));
        store.Upsert(Make("b", "2016-09-04", "g20-2016-hangzhou"));
        store.Upsert(Make("c", "2015-09-28", null));
        store.Upsert(Make("d", null, null));

        Assert.Equal([new ValueCount("g20-2016-hangzhou", 2)], store.CountBySummit());
        Assert.Equal([new ValueCount("2015-09", 1), new ValueCount("2016-09", 2)], store.CountByMonth());
    }

    [Fact]
    public void Counts_follow_articles_that_are_written_again_with_another_summit_or_month()
    {
        var store = _corpus.Corpus.Store;
        store.Upsert(Make("a", "2016-09-05", "g20-2016-hangzhou"));
        store.Upsert(Make("b", "2016-09-04", "g20-2016-hangzhou"));
        store.Upsert(Make("a", "2015-09-28", null));
        store.Upsert(Make("b", "2016-09-30", "g20-2016-hangzhou"));

        Assert.Equal(2, store.Count());
        Assert.Equal([new ValueCount("g20-2016-hangzhou", 1)], store.CountBySummit());
        Assert.Equal([new ValueCount("2015-09", 1), new ValueCount("2016-09", 1)], store.CountByMonth());
    }

    [Fact]
    public void The_article_count_follows_new_rewritten_removed_and_restored_articles()
    {
        var store = _corpus.Corpus.Store;
        Assert.Equal(0, store.Count());
        store.Upsert(Make("a", "2016-09-05", "g20-2016-hangzhou"));
        store.Upsert(Make("b", null, null));
        store.Upsert(Make("a", "2015-09-28", null));
        Assert.Equal(2, store.Count());

        _corpus.Corpus.Editor.Remove("a", "editor", "a duplicate");
        Assert.Equal(1, store.Count());
        _corpus.Corpus.Editor.Restore("a", "editor");
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void Latest_imported_lists_the_newest_imports_first()
    {
        var store = _corpus.Corpus.Store;
        // Ids in the opposite order to the imports, so only imported_at can put "a-second" first.
        store.Upsert(Make("z-first", "2013-06-17", "g8-2013-lough-erne"));
        store.Upsert(Make("a-second", null, null));

        var latest = store.LatestImported(1);

        var only = Assert.Single(latest);
        Assert.Equal("a-second", only.Id);
        Assert.Null(only.Date);
    }

    public void Dispose() => _corpus.Dispose();
}
