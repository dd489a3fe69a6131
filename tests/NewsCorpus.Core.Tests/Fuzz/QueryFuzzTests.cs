using NewsCorpus.Core.Search;
using NewsCorpus.Core.Tests.Search;

namespace NewsCorpus.Core.Tests.Fuzz;

/// <summary>Any query string — random syntax, every presentation form, controls and lone surrogates — is searched, never thrown.</summary>
public sealed class QueryFuzzTests(JudgedSearch judged) : IClassFixture<JudgedSearch>
{
    private const int Iterations = 200;

    [Fact]
    public void Any_query_is_searched_without_throwing()
    {
        var text = new HostileText(7);
        for (var i = 0; i < Iterations; i++)
        {
            var query = text.Query(12);

            var result = Search(query, i);

            Assert.True(result.Total >= result.Hits.Count, $"case {i}: {HostileText.Show(query)}");
        }
    }

    [Fact]
    public void Every_presentation_form_and_ligature_is_searched_without_throwing()
    {
        var forms = Enumerable.Range(0xFB50, 0xFDFF - 0xFB50 + 1).Concat(Enumerable.Range(0xFE70, 0xFEFC - 0xFE70 + 1))
            .Select(c => (char)c).Chunk(16).ToList();
        foreach (var chunk in forms)
        {
            var query = string.Join(' ', chunk) + " بوتين";
            Search(query, chunk[0]);
            Search("\"" + new string(chunk) + "\"", chunk[0]);
        }
    }

    private SearchResult Search(string query, int caseNumber)
    {
        try
        {
            return judged.Search(query);
        }
        catch (Exception e)
        {
            Assert.Fail($"case {caseNumber}: {HostileText.Show(query)} threw {e}");
            throw;
        }
    }
}
