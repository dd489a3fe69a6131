using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>The more-like-this query's words fit a postings budget, so an article page costs the same at any size.</summary>
public sealed class SimilarArticlesTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public SimilarArticlesTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void The_chosen_words_postings_stay_within_the_budget_and_still_find_neighbours()
    {
        var id = _test.Corpus.Searcher.Search(new SearchRequest { Query = "خوانجو" }).Hits[0].Id;
        const int budget = 12;

        var (unbounded, unboundedPostings) = Query(id, SimilarArticles.DefaultPostingsBudget);
        var (bounded, boundedPostings) = Query(id, budget);

        Assert.True(unboundedPostings > budget, $"the sample article's words have {unboundedPostings} postings: the budget would not bite");
        Assert.InRange(boundedPostings, 1, budget);
        Assert.NotEmpty(_test.Corpus.Index.Use(s => s.Search(bounded, 3).ScoreDocs));
        Assert.NotEmpty(_test.Corpus.Index.Use(s => s.Search(unbounded, 3).ScoreDocs));
    }

    [Fact]
    public void An_article_whose_every_word_is_over_the_budget_is_searched_by_its_rarest_shared_word_alone()
    {
        var id = _test.Corpus.Searcher.Search(new SearchRequest { Query = "خوانجو" }).Hits[0].Id;

        var (query, postings) = Query(id, budget: 0);

        var words = (BooleanQuery)((BooleanQuery)query).Clauses[0].Query;
        var rarest = _test.Corpus.Index.Use(s => DistinctiveWords.Of(s.Doc(s.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs[0].Doc)
            .Get(IndexFields.Title, System.Globalization.CultureInfo.InvariantCulture) + "\n\n" + _test.Corpus.Texts.Read([id])[id].Body,
            _test.Corpus.Analyzer, s.IndexReader, int.MaxValue, int.MaxValue).Where(w => w.DocFreq > 1).Min(w => w.DocFreq));
        Assert.Single(words.Clauses);
        Assert.Equal(rarest, postings);
        Assert.NotEmpty(_test.Corpus.Index.Use(s => s.Search(query, 3).ScoreDocs));
    }

    [Fact]
    public void An_article_sharing_no_word_with_any_other_has_no_related_articles_and_no_error()
    {
        var file = _test.WriteFile("lone.txt", System.Text.Encoding.UTF8.GetBytes("زقزقات فرفشلان\nبرغشتون قنطلوز مخشربات زعفلوق طرطشان"));
        _test.Corpus.Importer.Import([file]);
        var id = _test.Corpus.Searcher.Search(new SearchRequest { Query = "برغشتون" }).Hits.Single().Id;

        Assert.Null(_test.Corpus.Index.Use(s => new SimilarArticles(_test.Corpus.Analyzer, _test.Corpus.Texts, postingsBudget: 0).For(id, s)));
        Assert.Empty(_test.Corpus.Searcher.MoreLikeThis(id));
    }

    private (Query Query, long Postings) Query(string id, int budget) => _test.Corpus.Index.Use(searcher =>
    {
        var query = new SimilarArticles(_test.Corpus.Analyzer, _test.Corpus.Texts, budget).For(id, searcher)!.Query;
        var words = (BooleanQuery)((BooleanQuery)query).Clauses[0].Query;
        return (query, words.Clauses.Sum(c => (long)searcher.IndexReader.DocFreq(((TermQuery)c.Query).Term)));
    });

    public void Dispose() => _test.Dispose();
}
