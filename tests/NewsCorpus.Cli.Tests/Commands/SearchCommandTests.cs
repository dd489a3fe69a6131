namespace NewsCorpus.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public SearchCommandTests() => _cli.RunJson("import", CliProcess.SampleArticles, "--json");

    [Fact]
    public void Search_json_has_facets_for_summit_year_source_and_person()
    {
        var result = _cli.RunJson("search", "سوريا", "--json");

        var facets = result.GetProperty("facets");
        foreach (var facet in new[] { "summit", "year", "source", "person" })
        {
            foreach (var count in facets.GetProperty(facet).EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(count.GetProperty("value").GetString()));
                Assert.True(count.GetProperty("count").GetInt32() > 0);
            }
        }
    }

    [Fact]
    public void Person_filter_is_accepted_by_name_or_id()
    {
        var byId = _cli.RunJson("search", "", "--person", "putin", "--json");
        var byName = _cli.RunJson("search", "", "--person", "بوتين", "--json");

        Assert.Equal(byId.GetProperty("total").GetInt32(), byName.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Bad_syntax_exits_zero_with_a_message_and_results()
    {
        var result = _cli.RunJson("search", "بوتين AND (", "--json");

        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetString()));
        Assert.True(result.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public void A_misspelled_query_prints_did_you_mean()
    {
        var result = _cli.RunJson("search", "هانغتشوو", "--json");

        Assert.Equal("هانغتشو", result.GetProperty("did_you_mean").GetString());
    }

    public void Dispose() => _cli.Dispose();
}
