using Lucene.Net.Search;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>"Did you mean" (HitCountAtLeast) asks whether a respelling finds more hits, without counting them all.</summary>
public sealed class HitCountAtLeastTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public HitCountAtLeastTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void A_query_finds_at_least_its_total_and_not_one_more()
    {
        var query = new MatchAllDocsQuery();
        _test.Corpus.Index.Use(searcher =>
        {
            var total = searcher.Search(query, 1).TotalHits;
            Assert.True(total > 1);
            Assert.True(HitCountAtLeast.Check(searcher, query, 1));
            Assert.True(HitCountAtLeast.Check(searcher, query, total));
            Assert.False(HitCountAtLeast.Check(searcher, query, total + 1));
            return total;
        });
    }

    public void Dispose() => _test.Dispose();
}
