using NewsCorpus.Benchmarks.RealPages;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>
/// Golden tests over made-up pages in the shapes real outlets publish (RealPages/NAME.txt with NAME.expected.json):
/// every field a page's expectation states must come out right. The field-accuracy benchmark reads the same set.
/// </summary>
public sealed class RealPageTests
{
    private static readonly Lazy<RealPageSet> Set = new(() => RealPageSet.Load());

    public static TheoryData<string> Pages() => new(Set.Value.Pages.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_comes_out_as_expected(string name)
    {
        var page = Set.Value.Pages.Single(p => p.Name == name);

        var wrong = page.Checks().Where(c => !c.Passed).ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
