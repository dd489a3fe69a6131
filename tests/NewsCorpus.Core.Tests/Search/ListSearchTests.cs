using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>Plain lists (a summit's or a month's page, related articles) skip the work only a search page shows.</summary>
public sealed class ListSearchTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public ListSearchTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void A_list_holds_the_same_articles_in_the_same_order_as_the_full_search()
    {
        var request = new SearchRequest { Query = "بوتين", Sort = SearchSort.Date, Limit = 50 };

        var full = _test.Corpus.Searcher.Search(request);
        var list = _test.Corpus.Searcher.Search(request with { AsList = true });

        Assert.Equal(full.Total, list.Total);
        Assert.Equal(full.Hits.Select(h => (h.Id, h.File, h.Title, h.Date, h.Summit, h.Source)),
            list.Hits.Select(h => (h.Id, h.File, h.Title, h.Date, h.Summit, h.Source)));
        Assert.Equal(full.Next, list.Next);
    }

    [Fact]
    public void A_list_has_no_snippets_facets_histogram_or_suggestion()
    {
        var full = _test.Corpus.Searcher.Search(new SearchRequest { Query = "بوتين" });
        var list = _test.Corpus.Searcher.Search(new SearchRequest { Query = "بوتين", AsList = true });

        Assert.NotEmpty(full.Facets);
        Assert.NotEmpty(full.Months);
        Assert.Contains(full.Hits, h => h.Snippet.Parts.Count > 0);
        Assert.Empty(list.Facets);
        Assert.Empty(list.Months);
        Assert.All(list.Hits, h => Assert.Empty(h.Snippet.Parts));
        Assert.Null(_test.Corpus.Searcher.Search(new SearchRequest { Query = "بوتبن", AsList = true }).DidYouMean);
    }

    [Fact]
    public void Related_articles_as_a_list_are_the_same_articles_without_snippets()
    {
        var id = _test.Corpus.Searcher.Search(new SearchRequest { Query = "خوانجو" }).Hits[0].Id;

        var full = _test.Corpus.Searcher.MoreLikeThis(id, 3);
        var list = _test.Corpus.Searcher.MoreLikeThis(id, 3, asList: true);

        Assert.Equal(full.Select(h => (h.Id, h.Title, h.Score)), list.Select(h => (h.Id, h.Title, h.Score)));
        Assert.All(list, h => Assert.Empty(h.Snippet.Parts));
    }

    public void Dispose() => _test.Dispose();
}
