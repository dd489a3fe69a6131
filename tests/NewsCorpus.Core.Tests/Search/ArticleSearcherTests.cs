using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

public sealed class ArticleSearcherTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public ArticleSearcherTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void An_Arabic_keyword_finds_the_articles_that_use_any_spelling_of_it()
    {
        var result = _test.Corpus.Searcher.Search(new SearchRequest { Query = "خوانجو" });

        Assert.Equal(["002_fce3ca92cfa685eb.txt", "003_5f2084768f771f34.txt"], result.Hits.Select(h => h.File).Order());
    }

    [Fact]
    public void Snippets_mark_the_matched_words_as_each_article_spells_them()
    {
        var hits = _test.Corpus.Searcher.Search(new SearchRequest { Query = "خوانجو" }).Hits;

        Assert.Contains("<mark>خوانجو</mark>", hits.Single(h => h.File.StartsWith("003", StringComparison.Ordinal)).Snippet.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("<mark>هانغتشو</mark>", hits.Single(h => h.File.StartsWith("002", StringComparison.Ordinal)).Snippet.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_hit_shows_a_passage_of_its_own_text()
    {
        var hits = _test.Corpus.Searcher.Search(new SearchRequest { Query = "بوتين" }).Hits;
        var texts = _test.Corpus.Texts.Read([.. hits.Select(h => h.Id)]);

        Assert.True(hits.Count >= 4, $"{hits.Count} hits: too few to tell the hits' passages apart");
        Assert.Equal(hits.Count, hits.Select(h => h.Snippet.ToPlainText()).Distinct().Count());
        Assert.All(hits, hit =>
        {
            var passage = hit.Snippet.ToPlainText().Split('…', StringSplitOptions.TrimEntries).MaxBy(p => p.Length)!;
            Assert.Contains(passage, texts[hit.Id].Body + "\n" + texts[hit.Id].Captions, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_empty_query_lists_every_article()
    {
        Assert.Equal(5, _test.Corpus.Searcher.Search(new SearchRequest()).Total);
    }

    [Fact]
    public void Bad_syntax_falls_back_to_plain_words_with_a_message()
    {
        var result = _test.Corpus.Searcher.Search(new SearchRequest { Query = "بوتين AND (" });

        Assert.NotNull(result.Message);
        Assert.True(result.Total > 0);
    }

    [Fact]
    public void More_like_this_finds_the_other_report_of_the_same_meeting()
    {
        var hangzhou = _test.Corpus.Searcher.Search(new SearchRequest { Query = "خوانجو" }).Hits.Single(h => h.File.StartsWith("003", StringComparison.Ordinal));

        var similar = _test.Corpus.Searcher.MoreLikeThis(hangzhou.Id, 2);

        // 004 (same outlet, same two crises) may come first; the Hangzhou report must be among the two nearest.
        Assert.Contains(similar, h => h.File == "002_fce3ca92cfa685eb.txt");
        Assert.DoesNotContain(similar, h => h.Id == hangzhou.Id);
    }

    public void Dispose() => _test.Dispose();
}
