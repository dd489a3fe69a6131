using Lucene.Net.Search;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A word's terms in the text fields are walked by a scorer of their own (<see cref="WordInFieldsQuery"/>), not
/// Lucene's heap-ordered disjunction: the same articles with bit-for-bit the same scores, however the word is
/// combined — beside another word, a phrase, a filter, a negation, alone, in a year.
/// </summary>
public sealed class WordInFieldsQueryTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public WordInFieldsQueryTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void Each_word_of_a_query_is_a_word_in_fields()
    {
        var query = Assert.IsType<BooleanQuery>(Parse("بوتين أوباما"));

        Assert.All(query.Clauses, c => Assert.Equal((Occur.MUST, 3), (c.Occur, Assert.IsType<WordInFieldsQuery>(c.Query).Clauses.Count)));
    }

    [Theory]
    [InlineData("بوتين أوباما")]
    [InlineData("قمة جنيف")]
    [InlineData("سورية الأمريكي")]
    [InlineData("بوتين -أوباما")]
    [InlineData("سورية OR الأمريكي")]
    [InlineData("\"الأزمة السورية\" بوتين")]
    [InlineData("title:بوتين قمة")]
    [InlineData("لقاء year:2016")]
    [InlineData("بوتين بايدن جنيف")]
    public void Finds_the_same_articles_with_the_same_scores_as_a_boolean_disjunction(string text)
    {
        var query = Parse(text);
        var (expected, actual) = _test.Corpus.Index.Use(s => (s.Search(AsBooleans(query), 1000).ScoreDocs, s.Search(query, 1000).ScoreDocs));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.Doc, h.Score)).Order(), actual.Select(h => (h.Doc, h.Score)).Order());
    }

    [Fact]
    public void Counts_and_orders_hits_as_a_boolean_disjunction_when_collected_in_order()
    {
        var query = Parse("بوتين أوباما");
        var (expected, actual) = _test.Corpus.Index.Use(s => (Ranked(s, AsBooleans(query)), Ranked(s, query)));

        Assert.True(expected.TotalHits > 1);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(h => (h.Doc, h.Score)), actual.ScoreDocs.Select(h => (h.Doc, h.Score)));
    }

    // Lucene's sorted collector asks for documents in order, so a lone word goes through the scorer too.
    private static TopDocs Ranked(IndexSearcher searcher, Query query)
    {
        var collector = TopFieldCollector.Create(TopHitsCollector.ByRelevance, 50, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    // The query as the parser built it before: every word a plain BooleanQuery of the same clauses.
    private static Query AsBooleans(Query query)
    {
        if (query is not BooleanQuery boolean)
            return query;
        var plain = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
            plain.Add(AsBooleans(clause.Query), clause.Occur);
        return plain;
    }

    private Query Parse(string text) =>
        new CorpusQueryParser(_test.Corpus.Analyzer, CatalogNames.Empty, new SearchLimits()).Parse(text);

    public void Dispose() => _test.Dispose();
}
