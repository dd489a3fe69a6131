using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>Facets, filters, snippets, sorting, did-you-mean and more-like-this over the judged articles.</summary>
public sealed class SearchFeatureTests(JudgedSearch judged) : IClassFixture<JudgedSearch>
{
    [Fact]
    public void Facets_count_summit_year_source_and_person_over_the_whole_result_set()
    {
        var result = judged.Searcher.Search(new SearchRequest { Query = "ترامب", Limit = 1 });

        Assert.Single(result.Hits);
        Assert.Equal(["person", "source", "summit", "year"], result.Facets.Keys.Order());
        Assert.Contains(new FacetCount("alaska-2025", 2), result.Facets["summit"]);
        Assert.Contains(new FacetCount("helsinki-2018", 1), result.Facets["summit"]);
        Assert.Contains(new FacetCount("2025", 2), result.Facets["year"]);
        Assert.Contains(new FacetCount("rt", 2), result.Facets["source"]);
        Assert.Equal(new FacetCount("putin", 3), result.Facets["person"][0]);
    }

    [Fact]
    public void Facets_follow_the_filters_of_other_facets_but_not_their_own()
    {
        var unfiltered = judged.Searcher.Search(new SearchRequest { Query = "ترامب" });
        var result = judged.Searcher.Search(new SearchRequest { Query = "ترامب", Source = "rt" });

        Assert.Equal(2, result.Total);
        // Drill-sideways: the source facet ignores its own selection, so the other sources stay on offer.
        Assert.Equal(unfiltered.Facets["source"], result.Facets["source"]);
        Assert.Contains(new FacetCount("rt", 2), result.Facets["source"]);
        // Every other facet counts only the two filtered articles.
        Assert.True(result.Facets["person"].All(f => f.Count <= 2), string.Join(", ", result.Facets["person"]));
        Assert.True(unfiltered.Facets["person"].Any(f => f.Count > 2), string.Join(", ", unfiltered.Facets["person"]));
    }

    [Fact]
    public void Person_and_source_filters_accept_names_as_well_as_ids()
    {
        var byName = judged.Searcher.Search(new SearchRequest { Person = "زيلنسكي" });
        var bySource = judged.Searcher.Search(new SearchRequest { Query = "ترامب", Source = "روسيا اليوم" });

        Assert.Equal(["j07-kyiv"], byName.Hits.Select(h => h.Id));
        Assert.Equal(2, bySource.Total);
    }

    [Fact]
    public void A_person_the_gazetteer_does_not_know_is_searched_as_words()
    {
        var result = judged.Search("person:هيلسنكي");

        Assert.Equal(["j09-helsinki"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first()
    {
        var hits = judged.Searcher.Search(new SearchRequest { Query = "بوتين", Sort = SearchSort.Date, Limit = 100 }).Hits;

        var dated = hits.Where(h => h.Date is not null).Select(h => h.Date!.Value).ToList();
        Assert.Equal(dated.OrderByDescending(d => d), dated);
        Assert.Equal(new DateOnly(2025, 8, 15), dated[0]);
    }

    [Fact]
    public void A_title_match_outranks_a_passing_mention_in_a_newer_article()
    {
        var hits = judged.Search("النووي").Hits.Select(h => h.Id).ToList();

        Assert.True(hits.IndexOf("j10-old-nuclear-title") < hits.IndexOf("j11-recent-passing"));
    }

    [Fact]
    public void Snippet_marks_an_obfuscated_word_as_the_article_shows_it()
    {
        var hit = judged.Search("الأمن").Hits.Single(h => h.Id == "j01-geneva-cyber");

        Assert.Contains(hit.Snippet.Parts, p => p.IsMatch && p.Text == "الأمـ.ـن");
    }

    [Theory]
    [InlineData("هانغ*", "j02-hangzhou-hanggju", "هانغجو")]
    [InlineData("لافرون~", "j15-moscow-visit", "لافروف")]
    [InlineData("Putin", "j12-anchorage", "لبوتين")]
    // Searched by its Latin alias alone (FlatQueryTests), an Arabic name still marks the Arabic word it matched.
    [InlineData("بوتين", "j12-anchorage", "لبوتين")]
    public void Snippets_mark_prefix_fuzzy_and_cross_script_matches(string query, string id, string marked)
    {
        var hit = judged.Search(query).Hits.Single(h => h.Id == id);

        Assert.Contains(hit.Snippet.Parts, p => p.IsMatch && p.Text == marked);
    }

    [Fact]
    public void Titles_come_with_their_matches_marked()
    {
        var hit = judged.Search("هلسنكي").Hits.Single();

        Assert.Equal("ترمب وبوتين في <mark>هيلسنكي</mark>", hit.TitleMarks.ToHtml());
    }

    [Fact]
    public void Snippet_html_encodes_the_text_before_marking()
    {
        var snippet = new Snippet([new SnippetPart("<b>", false), new SnippetPart("A&B", true)]);

        Assert.Equal("&lt;b&gt;<mark>A&amp;B</mark>", snippet.ToHtml());
    }

    [Fact]
    public void A_caption_only_match_shows_the_caption()
    {
        var hit = judged.Search("Erdogan").Hits.Single();

        Assert.Contains(hit.Snippet.Parts, p => p.IsMatch && p.Text == "Erdoğan");
    }

    [Theory]
    [InlineData("هيلسنكو", "هيلسنكي")]
    [InlineData("لافروق", "لافروف")]
    [InlineData("أوكرانبا", "أوكرانيا")]
    [InlineData("Puttin", "Putin")]
    public void A_misspelled_query_gets_a_did_you_mean_from_the_index(string typed, string suggested)
    {
        var result = judged.Search(typed);

        Assert.Equal(0, result.Total);
        Assert.Equal(suggested, result.DidYouMean);
        Assert.True(judged.Search(result.DidYouMean!).Total > 0);
    }

    [Fact]
    public void A_query_that_finds_plenty_gets_no_did_you_mean()
    {
        Assert.Null(judged.Search("بوتين").DidYouMean);
    }

    [Theory]
    [InlineData("بوتين AND (")]
    [InlineData("\"بوتين")]
    [InlineData("OR")]
    [InlineData("*تين")]
    [InlineData("title:")]
    [InlineData("((()))")]
    [InlineData("ا*")]
    [InlineData("https://example.com/a?b=c")]
    [InlineData("بوتين~~~ \\")]
    public void Bad_syntax_never_throws(string query)
    {
        var result = judged.Search(query);

        Assert.NotNull(result);
    }

    [Fact]
    public void Bad_syntax_is_reported_and_the_words_are_searched()
    {
        var result = judged.Search("هلسنكي AND (");

        Assert.NotNull(result.Message);
        Assert.Equal(["j09-helsinki"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void More_like_this_prefers_articles_about_the_same_meeting()
    {
        var similar = judged.Searcher.MoreLikeThis("j12-anchorage", 3);

        Assert.DoesNotContain(similar, h => h.Id == "j12-anchorage");
        Assert.Equal("j11-recent-passing", similar[0].Id);
    }

    [Fact]
    public void More_like_this_of_an_unknown_article_is_empty()
    {
        Assert.Empty(judged.Searcher.MoreLikeThis("no-such-id"));
    }
}
