using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// The warm-up after a start searches the index's own frequent words in every kind of search a page makes, within its
/// time budget, and never on an index small enough to be fast unwarmed. Alone in its collection: the warm-up stops
/// when any other search in the process is running (<see cref="SlicedSearch.Running"/>), which other test classes'
/// searches would otherwise be, part of the time.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class SearchWarmUpTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public SearchWarmUpTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void Frequent_words_are_whole_arabic_words_that_find_articles()
    {
        var words = SearchWarmUp.ChooseWords(_test.Corpus.Index).Frequent;

        // Ranked by one segment's counts (the import's threads may make several, and many words tie in five
        // articles), so which words are chosen is not checked, only what every chosen word is.
        Assert.NotEmpty(words);
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.All(words, w => Assert.Matches("^[\u0621-\u064A]{4,}$", w));
        Assert.All(words, w => Assert.True(_test.Corpus.Searcher.Search(new SearchRequest { Query = w, AsList = true, Limit = 1 }).Total > 0, w));
    }

    [Fact]
    public void Choosing_words_stops_with_none_when_stopped()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        Assert.Equal(SearchWarmUp.Words.None, SearchWarmUp.ChooseWords(_test.Corpus.Index, stopped.Token));
    }

    [Fact]
    public void The_rare_word_is_a_whole_arabic_word_in_a_few_articles()
    {
        var rare = SearchWarmUp.ChooseWords(_test.Corpus.Index).Rare;

        Assert.NotNull(rare);
        Assert.Matches("^[\u0621-\u064A]{4,}$", rare);
        var total = _test.Corpus.Searcher.Search(new SearchRequest { Query = rare, AsList = true, Limit = 1 }).Total;
        Assert.InRange(total, 2, 5);
    }

    [Fact]
    public void A_round_is_a_word_two_words_a_phrase_a_prefix_a_word_in_a_year_a_misspelling_and_a_rare_word()
    {
        var requests = SearchWarmUp.Requests(_test.Corpus.Searcher, "بوتين", "قمة", "هانغتشو");

        Assert.Equal(["بوتين", "بوتين قمة", "\"بوتين قمة\"", "بوت*", "بوتين", "بوتيت", "هانغتشو", "هانغتشو*"], requests.Select(r => r.Query));
        Assert.NotNull(requests[4].Year);
        Assert.Equal(0, _test.Corpus.Searcher.Search(requests[5]).Total);
        Assert.True(_test.Corpus.Searcher.Search(requests[4]).Total > 0);
        Assert.Equal(6, SearchWarmUp.Requests(_test.Corpus.Searcher, "بوتين", "قمة", rare: null).Count);
    }

    [Fact]
    public void Runs_its_searches_on_an_index_large_enough()
    {
        var runs = SearchWarmUp.Run(_test.Corpus.Searcher, _test.Corpus.Index, TimeSpan.FromSeconds(30), CancellationToken.None, minArticles: 1);

        // Every round of eight (the sample articles hold a rare word), up to the round limit, well within the budget on five articles.
        Assert.True(runs >= 8 && runs % 8 == 0, $"{runs} searches");
    }

    [Fact]
    public void Runs_nothing_on_a_small_index_without_a_budget_or_when_stopped()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        Assert.Equal(0, SearchWarmUp.Run(_test.Corpus.Searcher, _test.Corpus.Index, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Equal(0, SearchWarmUp.Run(_test.Corpus.Searcher, _test.Corpus.Index, TimeSpan.Zero, CancellationToken.None, minArticles: 1));
        Assert.Equal(0, SearchWarmUp.Run(_test.Corpus.Searcher, _test.Corpus.Index, TimeSpan.FromSeconds(30), stopped.Token, minArticles: 1));
    }

    public void Dispose() => _test.Dispose();
}

/// <summary>Test classes that must not run beside other classes' searches.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "search warm-up, alone";
}
