using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A suggestion is written as an article of the archive writes it, read from the first live article holding the
/// word: never from an article whose text no longer holds it (replaced by a re-import or an edit).
/// </summary>
public sealed class WrittenSpellingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-written-").FullName;
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly CorpusAnalyzer _analyzer = new();
    private readonly SearchIndex _index;

    public WrittenSpellingTests()
    {
        _index = new SearchIndex(_dir, _analyzer);
    }

    [Fact]
    public void The_word_is_written_as_the_first_article_holding_it_writes_it()
    {
        Index(Article("a", "اشتدت الازمة في المنطقة"));
        Index(Article("b", "اشتدت الأزمة في المنطقة"));

        Assert.Equal("الازمة", Written("الازمه"));
    }

    [Fact]
    public void An_article_that_no_longer_holds_the_word_is_not_read()
    {
        // Others beside it, so its segment keeps live documents and is not dropped when it is replaced.
        Index([.. Enumerable.Range(0, 20).Select(i => Article($"x{i}", "هدأت المنطقة")), Article("a", "اشتدت الازمة في المنطقة"),
            .. Enumerable.Range(20, 20).Select(i => Article($"x{i}", "هدأت المنطقة"))]);
        Index(Article("b", "اشتدت الأزمة في المنطقة"));
        Index(Article("a", "هدأت المنطقة"));

        Assert.Equal("الأزمة", Written("الازمه"));
    }

    [Fact]
    public void A_word_no_article_holds_is_given_back_as_it_is()
    {
        Index(Article("a", "اشتدت الازمة في المنطقة"));

        Assert.Equal("الحرب", Written("الحرب"));
    }

    private string Written(string surfaceWord) =>
        _index.Use(searcher => new WrittenSpelling(_analyzer, new Texts(_articles)).Of(surfaceWord, searcher));

    private void Index(params Article[] articles)
    {
        foreach (var article in articles)
            _articles[article.Id] = article;
        _index.Index(articles);
    }

    private static Article Article(string id, string body) => new()
    {
        Id = id, FileName = $"{id}.txt", ContentHash = id + body.Length, Encoding = "utf-8", Title = "", Paragraphs = [body], OriginalText = body,
    };

    private sealed class Texts(Dictionary<string, Article> articles) : IArticleTexts
    {
        public IReadOnlyDictionary<string, BodyAndCaptions> Read(IReadOnlyCollection<string> ids) =>
            ids.Where(articles.ContainsKey).ToDictionary(id => id, id => new BodyAndCaptions(articles[id].Body, ""), StringComparer.Ordinal);
    }

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
