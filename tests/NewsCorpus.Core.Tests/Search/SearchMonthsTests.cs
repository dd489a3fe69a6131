using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>The search page's date histogram counts every hit's month, across segments, and leaves undated hits out.</summary>
public sealed class SearchMonthsTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public SearchMonthsTests()
    {
        // Two imports make two segments, so counts from each segment's month slots must add up.
        var files = Directory.GetFiles(TestCorpus.SampleArticles).Order(StringComparer.Ordinal).ToList();
        _test.Corpus.Importer.Import(files.Take(files.Count / 2));
        _test.Corpus.Importer.Import(files.Skip(files.Count / 2));
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("")]
    public void The_months_count_each_dated_hit_once_in_its_month(string query)
    {
        var result = _test.Corpus.Searcher.Search(new SearchRequest { Query = query, Limit = 1000 });

        var expected = result.Hits.Where(h => h.Date is not null)
            .GroupBy(h => (h.Date!.Value.Year, h.Date.Value.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()));
        Assert.Equal(result.Total, result.Hits.Count);
        Assert.NotEmpty(result.Months);
        Assert.Equal(expected, result.Months);
    }

    public void Dispose() => _test.Dispose();
}
