using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Export;

namespace NewsCorpus.Core.Tests.Search.Export;

/// <summary>
/// A walk reads its rows a batch at a time, bodies from the store: across batch boundaries every hit comes once, in
/// the page's order, each with its own text and snippet.
/// </summary>
public sealed class ResultWalkerTests : IDisposable
{
    private const int Articles = ResultWalk.BatchSize * 2 + 17;
    private readonly TestCorpus _test = new();

    public ResultWalkerTests()
    {
        var articles = Enumerable.Range(0, Articles).Select(n =>
        {
            var text = $"المقال رقم {n} يذكر هلسنكي مرة {new string('ـ', n % 3)}وينتهي بالرقم {n}";
            return new Article
            {
                Id = $"walk-{n:000}", FileName = $"walk-{n:000}.txt", ContentHash = $"hash-{n}", Encoding = "utf-8",
                Title = $"عنوان {n}", Date = new DateOnly(2018, 7, 16).AddDays(n), Paragraphs = [text], OriginalText = text,
            };
        }).Select(_test.Corpus.Store.Upsert).ToList();
        _test.Corpus.Index.Index(articles);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_hit_comes_once_in_the_pages_order_with_its_own_body(bool byDate)
    {
        var request = new SearchRequest { Query = "هلسنكي", Sort = byDate ? SearchSort.Date : SearchSort.Relevance };
        using var walk = _test.Corpus.Exports.Start(request);

        var rows = walk.Rows.ToList();
        var firstPage = _test.Corpus.Searcher.Search(request with { Limit = 50 }).Hits.Select(h => h.Id);

        Assert.Equal(Articles, walk.Total);
        Assert.Equal(Articles, rows.Select(r => r.Hit.Id).Distinct().Count());
        Assert.Equal(firstPage, rows.Take(50).Select(r => r.Hit.Id));
        Assert.All(rows, r =>
        {
            var n = int.Parse(r.Hit.Id[5..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.EndsWith($"بالرقم {n}", r.Body, StringComparison.Ordinal);
            Assert.Contains(r.Hit.Snippet.Parts, p => p.IsMatch && p.Text == "هلسنكي");
        });
    }

    public void Dispose() => _test.Dispose();
}
