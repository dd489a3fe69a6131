using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Web.Tests.Pages.Search;

/// <summary>
/// Multi-value facets (OR within, AND across), excluded values, and drill-sideways counts, each checked against a
/// brute-force count over the world's articles for every combination of parameters below.
/// </summary>
public sealed class FacetSelectionTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    private static readonly string[] Facets = ["summit", "year", "source", "person"];

    /// <summary>Query words, then facet parameters (a leading minus leaves the value out).</summary>
    public static TheoryData<string, string> Combinations => new()
    {
        { "", "" },
        { "", "summit=g20-2016-hangzhou" },
        { "", "summit=g20-2016-hangzhou&summit=geneva-2021" },
        { "", "-summit=g20-2016-hangzhou" },
        { "", "-summit=g20-2016-hangzhou&-summit=geneva-2021" },
        { "", "summit=g20-2016-hangzhou&person=lavrov" },
        { "", "person=obama&person=biden" },
        { "", "person=putin&-person=obama" },
        { "", "year=2016&year=2021&-source=sana" },
        { "", "-year=2016" },
        { "", "source=reuters&source=sana&summit=g20-2016-hangzhou" },
        { "بوتين", "" },
        { "بوتين", "summit=g20-2016-hangzhou&summit=unga-2015-new-york&-person=kerry" },
        { "سوريا", "-summit=g20-2016-hangzhou&year=2015&year=2021" },
        { "سوريا", "person=obama&year=2016" },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Results_and_drill_sideways_counts_equal_brute_force_counts(string words, string parameters)
    {
        var client = await factory.CreateWorldClientAsync();
        var filters = Parse(parameters);
        var matching = await MatchingIds(client, words);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(
            "/api/v1/search?page_size=100&q=" + Uri.EscapeDataString(words) + "&" + parameters, UriKind.Relative)));
        var page = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString(words) + "&" + parameters);

        var expected = WorldArticles.All.Where(a => matching.Contains(a.Id) && Passes(a, filters)).Select(a => a.Id).Order().ToList();
        var returned = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order().ToList();
        Assert.Equal(expected, returned);

        foreach (var facet in Facets)
        {
            // Drill sideways: every filter but this facet's own.
            var others = filters.Where(f => f.Facet != facet).ToList();
            var candidates = WorldArticles.All.Where(a => matching.Contains(a.Id) && Passes(a, others)).ToList();
            var brute = candidates.SelectMany(a => Values(a, facet)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            foreach (var chosen in filters.Where(f => f.Facet == facet))
                brute.TryAdd(chosen.Value, 0);
            var counted = json.RootElement.GetProperty("facets").GetProperty(facet).EnumerateArray()
                .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
            Assert.Equal(brute.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
            // The page shows names rather than ids: the same counts, every value listed (under "more" past the top).
            Assert.Equal(brute.Values.Order(), ShownCounts(page, facet));
        }
    }

    [Fact]
    public async Task Chosen_values_stay_listed_and_choosing_one_again_removes_it()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search?summit=g20-2016-hangzhou&-person=kerry");

        var summit = page.QuerySelector("#facet-summit")!.ParentElement!;
        var chosen = summit.QuerySelector(".facet-value.is-included .facet-include")!;
        Assert.Equal("/search?-person=kerry", chosen.GetAttribute("href"));
        Assert.Equal("true", chosen.GetAttribute("aria-current"));
        Assert.Contains(summit.QuerySelectorAll(".facet-include"), a => a.GetAttribute("href") == "/search?summit=g20-2016-hangzhou&summit=geneva-2021&-person=kerry");
        var excluded = page.QuerySelector("#facet-person")!.ParentElement!.QuerySelector(".facet-value.is-excluded .facet-exclude")!;
        Assert.Equal("/search?summit=g20-2016-hangzhou", excluded.GetAttribute("href"));
        Assert.Equal(2, page.QuerySelectorAll(".active-filters li").Length);
        Assert.Equal("/search?summit=g20-2016-hangzhou", page.QuerySelector(".active-filters li.is-excluded .chip-remove")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Years_are_listed_in_year_order_without_a_direction_of_their_own()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search");

        var years = page.QuerySelector("#facet-year")!.ParentElement!.QuerySelectorAll(".facet-include");
        Assert.Equal(["2015", "2016", "2021"], years.Select(a => a.QuerySelector(".facet-label")!.TextContent));
        Assert.All(years, a => Assert.Null(a.GetAttribute("dir")));
        Assert.All(years, a => Assert.Equal("BDI", a.QuerySelector(".facet-label")!.TagName));
    }

    [Fact]
    public async Task A_long_facet_shows_its_top_values_and_folds_the_rest_under_more()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/search");

        var people = page.QuerySelector("#facet-person")!.ParentElement!;
        var visible = people.QuerySelectorAll(":scope > ul > li").Length;
        var folded = people.QuerySelectorAll("details.facet-more li").Length;
        var distinct = WorldArticles.All.SelectMany(a => Values(a, "person")).Distinct().Count();
        Assert.Equal(Math.Min(distinct, 8), visible);
        Assert.Equal(distinct - visible, folded);
    }

    private static async Task<HashSet<string>> MatchingIds(HttpClient client, string words)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?page_size=100&q=" + Uri.EscapeDataString(words), UriKind.Relative)));
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToHashSet();
    }

    private static List<(string Facet, string Value, bool Exclude)> Parse(string parameters) =>
        parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('='))
            .Select(kv => (kv[0].TrimStart('-'), kv[1], kv[0].StartsWith('-'))).ToList();

    /// <summary>Within a facet: one of its kept values and none of its excluded ones; across facets: all of them.</summary>
    private static bool Passes(Article a, List<(string Facet, string Value, bool Exclude)> filters) =>
        filters.GroupBy(f => f.Facet).All(facet =>
        {
            var values = Values(a, facet.Key).ToHashSet();
            var kept = facet.Where(f => !f.Exclude).Select(f => f.Value).ToList();
            return (kept.Count == 0 || kept.Any(values.Contains)) && !facet.Where(f => f.Exclude).Any(f => values.Contains(f.Value));
        });

    private static IEnumerable<string> Values(Article a, string facet) => facet switch
    {
        "summit" => a.SummitId is { } s ? [s] : [],
        "year" => a.Date is { } d ? [d.Year.ToString(CultureInfo.InvariantCulture)] : [],
        "source" => a.SourceIds.Distinct(),
        "person" => a.Entities.Where(e => People.Contains(e)).Distinct(),
        _ => [],
    };

    private static readonly HashSet<string> People = ["putin", "obama", "biden", "trump", "kerry", "lavrov"];

    private static IEnumerable<int> ShownCounts(IDocument page, string facet) =>
        (page.QuerySelector("#facet-" + facet)?.ParentElement?.QuerySelectorAll(".facet-include").ToList() ?? [])
            .Select(a => int.Parse(a.QuerySelector(".facet-count")!.TextContent, CultureInfo.InvariantCulture)).Order();
}
