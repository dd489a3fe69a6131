using NewsCorpus.Benchmarks.RealPages;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>
/// Golden tests over made-up pages in the shapes real outlets publish (RealPages/NAME.txt with NAME.expected.json):
/// every field a page's expectation states must come out right. The field-accuracy benchmark reads the same set.
/// </summary>
public sealed class RealPageTests
{
    private static readonly Lazy<RealPageSet> Set = new(() => RealPageSet.Load());
    private static readonly System.Text.Json.JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };

    public static TheoryData<string> Pages() => new(Set.Value.Pages.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_comes_out_as_expected(string name)
    {
        var page = Set.Value.Pages.Single(p => p.Name == name);

        var wrong = page.Checks().Where(c => !c.Passed).ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void An_expected_null_summit_or_date_is_checked_not_skipped()
    {
        var expected = System.Text.Json.JsonSerializer.Deserialize<RealPageExpectation>("""{"summit": null, "date": null}""", SnakeCase)!;
        var tagged = RepoCatalogs.Sample("001");

        Assert.Equal(["title", "date", "summit"], FieldCheck.All(expected, tagged, null).Select(c => c.Field));
        Assert.All(FieldCheck.All(expected, tagged, null).Skip(1), c => Assert.False(c.Passed));
    }
}
