using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// Query strings that crashed or held the host (issue 11): each is now searched, or refused with a notice, and never
/// throws. The costly ones would have run for minutes or out of memory, so a hang here is the failure.
/// </summary>
public sealed class HostileQueryTests(JudgedSearch judged) : IClassFixture<JudgedSearch>
{
    [Theory]
    [InlineData("ﷺ")]
    [InlineData("ﷻ")]
    [InlineData("محمد ﷺ قال")]
    [InlineData("\"ﷺ ﷻ\"")]
    public void A_ligature_in_a_query_is_searched_without_breaking_offsets(string query)
    {
        var result = judged.Search(query);

        Assert.DoesNotContain(result.Notices, n => n.Kind == SearchNoticeKind.BadSyntax);
    }

    [Fact]
    public void A_query_of_two_thousand_words_is_cut_with_a_notice()
    {
        var query = string.Join(' ', Enumerable.Repeat("بوتين", 2000));

        var result = judged.Search(query);

        Assert.Contains(new SearchNotice(SearchNoticeKind.QueryTooLong, "1000"), result.Notices);
        Assert.NotEqual(0, result.Total);
    }

    [Fact]
    public void Too_many_clauses_from_the_words_alone_do_not_escape_the_fallback()
    {
        // Unreadable syntax sends the words to the plain-words fallback, which then made more than 1,024 clauses.
        var query = "( " + string.Join(' ', Enumerable.Range(0, 400).Select(i => $"ك{i}"));

        var result = judged.Search(query);

        Assert.Contains(result.Notices, n => n.Kind == SearchNoticeKind.BadSyntax);
    }

    [Theory]
    [InlineData("/[/")]
    [InlineData("/(/")]
    [InlineData("/a|/")]
    [InlineData("بوتين /[/")]
    public void Malformed_regexes_are_searched_as_words_with_a_notice(string query)
    {
        var result = judged.Search(query);

        Assert.Contains(result.Notices, n => n.Kind == SearchNoticeKind.RegexNotSupported);
    }

    [Theory]
    [InlineData("/.*a.{18}/")]
    [InlineData("/(a|aa)*b.{30}/")]
    public void A_regex_that_would_explode_is_never_turned_into_an_automaton(string query)
    {
        var result = judged.Search(query);

        Assert.Contains(new SearchNotice(SearchNoticeKind.RegexNotSupported), result.Notices);
    }

    [Fact]
    public void A_regex_searches_the_words_between_its_slashes()
    {
        var result = judged.Search("/هلسنكي/");

        Assert.Contains("j09-helsinki", result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_pattern_with_too_many_wildcards_is_searched_as_a_word()
    {
        var result = judged.Search("x*a??????????????????");

        Assert.Contains(new SearchNotice(SearchNoticeKind.PatternTooComplex, "x*a??????????????????"), result.Notices);
    }

    [Fact]
    public void A_pattern_within_the_wildcard_limit_still_matches()
    {
        var result = judged.Search("هيلسن*");

        Assert.Contains("j09-helsinki", result.Hits.Select(h => h.Id));
        Assert.Empty(result.Notices);
    }
}

/// <summary>The limits of <see cref="SearchLimits"/> take effect: searchers with tight ones over one imported store.</summary>
public sealed class SearchLimitsTests(SearchLimitsTests.ImportedSamples samples) : IClassFixture<SearchLimitsTests.ImportedSamples>
{
    /// <summary>The sample articles imported once; each test searches them with limits of its own.</summary>
    public sealed class ImportedSamples : IDisposable
    {
        private readonly TestCorpus _test = new();

        public ImportedSamples() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

        public ArticleSearcher Searcher(SearchLimits limits) =>
            new(_test.Corpus.Index, _test.Corpus.Analyzer, _test.Corpus.Texts, new CatalogNames(_test.Corpus.Catalogs), limits);

        public void Dispose() => _test.Dispose();
    }

    [Fact]
    public void A_search_past_its_time_budget_stops_and_says_the_result_may_be_partial()
    {
        var result = samples.Searcher(new SearchLimits { TimeBudgetMs = 0 }).Search(new SearchRequest { Query = "بوتين" });

        Assert.Contains(new SearchNotice(SearchNoticeKind.PartialResults), result.Notices);
    }

    [Fact]
    public void A_cancelled_search_stops_and_says_the_result_may_be_partial()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = samples.Searcher(new SearchLimits()).Search(new SearchRequest { Query = "بوتين" }, cancelled.Token);

        Assert.Contains(new SearchNotice(SearchNoticeKind.PartialResults), result.Notices);
    }

    [Fact]
    public void A_search_within_its_budget_is_not_called_partial()
    {
        var result = samples.Searcher(new SearchLimits()).Search(new SearchRequest { Query = "بوتين" });

        Assert.NotEqual(0, result.Total);
        Assert.DoesNotContain(new SearchNotice(SearchNoticeKind.PartialResults), result.Notices);
    }

    [Fact]
    public void A_pattern_standing_for_more_words_than_the_cap_is_capped_with_a_notice()
    {
        var result = samples.Searcher(new SearchLimits { MaxExpansions = 2 }).Search(new SearchRequest { Query = "ال*" });

        Assert.Contains(new SearchNotice(SearchNoticeKind.TooManyExpansions, "ال*"), result.Notices);
        Assert.NotEqual(0, result.Total);
    }

    [Fact]
    public void The_query_length_limit_is_configurable()
    {
        var result = samples.Searcher(new SearchLimits { MaxQueryLength = 10 }).Search(new SearchRequest { Query = "بوتين بوتين بوتين" });

        Assert.Contains(new SearchNotice(SearchNoticeKind.QueryTooLong, "10"), result.Notices);
    }

    [Fact]
    public void The_limits_are_read_from_the_options()
    {
        var options = new NewsCorpusOptions { Search = new SearchLimits { TimeBudgetMs = 7 } }.WithDefaults();

        Assert.Equal(7, options.Search.TimeBudgetMs);
    }
}
