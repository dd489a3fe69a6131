using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>Searches that are read otherwise than typed, or find nothing, say why.</summary>
public sealed class SearchNoticeTests(JudgedSearch judged) : IClassFixture<JudgedSearch>
{
    [Fact]
    public void Bad_syntax_is_noticed_with_its_code()
    {
        var result = judged.Search("هلسنكي AND (");

        Assert.Equal([new SearchNotice(SearchNoticeKind.BadSyntax)], result.Notices);
    }

    [Fact]
    public void An_unknown_field_searches_the_words_and_lists_the_known_fields()
    {
        var result = judged.Search("foo:هلسنكي");

        Assert.Equal(["j09-helsinki"], result.Hits.Select(h => h.Id));
        Assert.Equal([new SearchNotice(SearchNoticeKind.UnknownField, "foo")], result.Notices);
        Assert.Contains("summit:", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_fields_are_not_noticed()
    {
        Assert.Empty(judged.Search("title:هلسنكي summit:helsinki-2018").Notices);
    }

    [Fact]
    public void An_unknown_summit_in_the_filter_or_the_field_is_named()
    {
        var byFilter = judged.Searcher.Search(new SearchRequest { Summit = "atlantis-2030" });
        var byField = judged.Search("summit:أتلانتس");

        Assert.Equal(0, byFilter.Total);
        Assert.Equal([new SearchNotice(SearchNoticeKind.UnknownSummit, "atlantis-2030")], byFilter.Notices);
        Assert.Equal([new SearchNotice(SearchNoticeKind.UnknownSummit, "أتلانتس")], byField.Notices);
    }

    [Fact]
    public void A_known_summit_without_articles_is_not_called_unknown()
    {
        var result = judged.Searcher.Search(new SearchRequest { Summit = "ljubljana-2001" });

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void Person_and_source_filters_naming_nobody_say_so_when_nothing_is_found()
    {
        var person = judged.Searcher.Search(new SearchRequest { Person = "nobody" });
        var source = judged.Searcher.Search(new SearchRequest { Source = "Daily Planet" });

        Assert.Equal([new SearchNotice(SearchNoticeKind.UnknownPerson, "nobody")], person.Notices);
        Assert.Equal([new SearchNotice(SearchNoticeKind.UnknownSource, "Daily Planet")], source.Notices);
    }

    [Fact]
    public void Lowercase_or_that_finds_nothing_hints_at_capitals()
    {
        var lower = judged.Search("هلسنكي or أنكوريج");
        var upper = judged.Search("هلسنكي OR أنكوريج");

        Assert.Equal(0, lower.Total);
        Assert.Equal([new SearchNotice(SearchNoticeKind.LowercaseOperators)], lower.Notices);
        Assert.Empty(upper.Notices);
        Assert.Null(upper.Message);
    }
}
