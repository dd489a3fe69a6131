using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NewsCorpus.Core.Search;
using NewsCorpus.Web.Pages.Search;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class SearchQueryTests
{
    private static SearchQuery Parse(params (string Key, string Value)[] pairs) =>
        SearchQuery.Parse(new QueryCollection(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Value))));

    [Fact]
    public void Address_is_written_in_one_fixed_order_whatever_order_it_was_read_in()
    {
        var query = Parse(("page", "3"), ("sort", "date"), ("year", "2016"), ("q", "بوتين"), ("summit", "g20-2016-hangzhou"));

        Assert.Equal("/search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&summit=g20-2016-hangzhou&year=2016&sort=date&page=3", query.ToUrl());
    }

    [Fact]
    public void Unreadable_values_are_dropped()
    {
        var query = Parse(("year", "20x6"), ("from", "2016-02-30"), ("to", "yesterday"), ("page", "0"), ("sort", "random"), ("summit", "  "));

        Assert.Equal(new SearchQuery(), query);
        Assert.True(query.IsEmpty);
    }

    [Fact]
    public void Setting_or_removing_a_filter_goes_back_to_the_first_page_and_keeps_the_rest()
    {
        var query = Parse(("q", "x"), ("year", "2016"), ("page", "4"));

        Assert.Equal("/search?q=x&year=2016&person=putin", query.With("person", "putin").ToUrl());
        Assert.Equal("/search?q=x", query.Without("year").ToUrl());
    }

    [Fact]
    public void Page_becomes_an_offset_into_the_results()
    {
        var request = Parse(("q", "x"), ("page", "3"), ("from", "2016-01-01")).ToRequest();

        Assert.Equal(2 * SearchQuery.PageSize, request.Offset);
        Assert.Equal(SearchQuery.PageSize, request.Limit);
        Assert.Equal(new DateOnly(2016, 1, 1), request.From);
        Assert.Equal(SearchSort.Relevance, request.Sort);
    }
}
