using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>
/// A page's texts read by id (<see cref="StoredArticleTexts"/>): each article's body and captions, only those asked
/// for and found, in one or several statements, whatever the ids hold.
/// </summary>
public sealed class StoredArticleTextsTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    private static Article Make(string id, string[] paragraphs, string[] captions) => new()
    {
        Id = id, FileName = id + ".txt", ContentHash = id, Encoding = "utf-8", Title = "عنوان " + id,
        Paragraphs = paragraphs, Captions = captions,
        OriginalText = "عنوان " + id + "\n" + string.Join("\n", paragraphs) + "\n" + string.Join("\n", captions),
    };

    private void Store(IEnumerable<Article> articles)
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        foreach (var article in articles)
            ArticleStore.Write(article, transaction);
        transaction.Commit();
    }

    [Fact]
    public void Each_article_asked_for_reads_its_own_body_and_captions()
    {
        Store([
            Make("a", ["قال بوتين إن القمة ناجحة.", "وأضاف أوباما."], []),
            Make("b'); DROP TABLE articles; --", ["فقرة \"مقتبسة\" وحيدة"], ["Putin and Obama, 2013", "صورة ثانية"]),
            Make("ج", ["نص عربي"], ["تعليق"]),
        ]);

        var texts = _corpus.Corpus.Texts.Read(["ج", "missing", "a", "b'); DROP TABLE articles; --", "a"]);

        Assert.Equal(["a", "b'); DROP TABLE articles; --", "ج"], texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new BodyAndCaptions("قال بوتين إن القمة ناجحة.\n\nوأضاف أوباما.", ""), texts["a"]);
        Assert.Equal(new BodyAndCaptions("فقرة \"مقتبسة\" وحيدة", "Putin and Obama, 2013\nصورة ثانية"), texts["b'); DROP TABLE articles; --"]);
        Assert.Equal(new BodyAndCaptions("نص عربي", "تعليق"), texts["ج"]);
        Assert.Equal(3, _corpus.Corpus.Store.Count());
    }

    [Fact]
    public void More_ids_than_one_statement_takes_are_all_read()
    {
        var ids = Enumerable.Range(0, 1_234).Select(i => "id" + i).ToList();
        Store(ids.Select(id => Make(id, ["فقرة " + id], [])));

        var texts = _corpus.Corpus.Texts.Read(ids);

        Assert.Equal(ids.Count, texts.Count);
        Assert.All(ids, id => Assert.Equal("فقرة " + id, texts[id].Body));
    }

    [Fact]
    public void No_ids_read_nothing() => Assert.Empty(_corpus.Corpus.Texts.Read([]));

    public void Dispose() => _corpus.Dispose();
}
