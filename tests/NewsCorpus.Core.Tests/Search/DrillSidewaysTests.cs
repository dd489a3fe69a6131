using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// Facet counts made in one pass (<see cref="DrillSidewaysCollector"/>) against the definition run as separate Lucene
/// searches: every facet counted over the query with all filters, and each chosen facet over the query with every
/// filter but its own. The collector checks selections from ordinal arrays; Lucene from the filter queries.
/// </summary>
public sealed class DrillSidewaysTests(JudgedSearch judged) : IClassFixture<JudgedSearch>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "ترامب", "year=2025" },
        { "بوتين", "year=2018 year=2025" },
        { "بوتين", "year=2021 -summit=geneva-2021" },
        { "", "source=rt person=trump" },
        { "بوتين", "-person=trump" },
        { "بوتين", "year=1999" },
        { "", "summit=alaska-2025 -year=2024 source=rt" },
        { "لقاء", "person=putin person=biden -source=tass" },
        { "", "summit=helsinki-2018 from=2018-07-01 to=2018-07-31" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void One_pass_counts_equal_a_search_per_chosen_facet(string text, string filters)
    {
        var request = FilterText.Request(text, filters);

        var result = judged.Searcher.Search(request);

        var expected = Expected(request);
        Assert.Equal(expected.Keys.Order(), result.Facets.Keys.Order());
        foreach (var facet in expected.Keys)
            Assert.Equal(Sorted(expected[facet]), Sorted(result.Facets[facet]));
        Assert.Equal(judged.Searcher.Search(request with { AsList = true, Limit = 1000 }).Total, result.Total);
    }

    [Fact]
    public void The_checks_are_not_vacuous_a_chosen_year_keeps_the_other_years_on_offer()
    {
        var result = judged.Searcher.Search(FilterText.Request("بوتين", "year=2018"));

        Assert.True(result.Facets["year"].Count(y => y.Count > 0) > 1, string.Join(", ", result.Facets["year"]));
        Assert.True(result.Total < result.Facets["year"].Sum(y => y.Count));
    }

    /// <summary>The counts by definition: Lucene's filter queries, one search for the page and one per chosen facet.</summary>
    private Dictionary<string, IReadOnlyList<FacetCount>> Expected(SearchRequest request)
    {
        var names = new CatalogNames(judged.Set.Catalogs);
        var (query, _) = new SearchQueryReader(judged.Engine.Analyzer, names, new SearchLimits()).Read(request.Query);
        return judged.Engine.Index.Use(searcher =>
        {
            var page = new FacetCollector(IndexFields.Facets);
            searcher.Search(SearchFilters.Apply(query, request, names), page);
            var counts = page.Result().ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            foreach (var facet in request.Facets.Select(f => f.Facet).Distinct())
            {
                var sideways = new FacetCollector([facet]);
                searcher.Search(SearchFilters.Apply(query, request with { Facets = [.. request.Facets.Where(f => f.Facet != facet)] }, names), sideways);
                var values = sideways.Result()[facet].ToList();
                foreach (var chosen in request.Facets.Where(f => f.Facet == facet).Select(f => SearchFilters.Resolve(names, f)).Distinct())
                {
                    if (!values.Any(v => v.Value == chosen))
                        values.Add(new FacetCount(chosen, 0));
                }
                counts[facet] = values;
            }
            return counts;
        });
    }

    private static List<FacetCount> Sorted(IEnumerable<FacetCount> counts) => [.. counts.OrderBy(c => c.Value, StringComparer.Ordinal)];
}
