using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A word is searched as one flat disjunction over its fields and same-position forms: the same articles with the
/// same scores as the parser's nested form, which walked three disjunctions inside a fourth.
/// </summary>
public sealed class FlatQueryTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public FlatQueryTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void A_name_and_its_alias_in_three_fields_are_one_disjunction_of_six_terms()
    {
        var query = Parse("بوتين");

        var flat = Assert.IsType<BooleanQuery>(query);
        Assert.Equal(6, flat.Clauses.Count);
        Assert.All(flat.Clauses, c => Assert.IsType<TermQuery>(c.Query));
        Assert.Equal([3f, 3f, 1f, 1f, 0.5f, 0.5f], flat.Clauses.Select(c => c.Query.Boost));
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("بوتين أوباما")]
    [InlineData("سورية OR الأمريكي")]
    [InlineData("putin -أوباما")]
    [InlineData("\"الأزمة السورية\" بوتين")]
    [InlineData("title:بوتين قمة")]
    public void Finds_the_same_articles_with_the_same_scores_as_the_nested_form(string text)
    {
        var nested = new MultiFieldQueryParser(CorpusAnalyzer.Version, [IndexFields.Title, IndexFields.Body, IndexFields.Captions], _test.Corpus.Analyzer,
            new Dictionary<string, float> { [IndexFields.Title] = 3f, [IndexFields.Body] = 1f, [IndexFields.Captions] = 0.5f })
        { DefaultOperator = Operator.AND }.Parse(text);
        var flat = Parse(text);

        var (expected, actual) = _test.Corpus.Index.Use(s => (s.Search(nested, 100).ScoreDocs, s.Search(flat, 100).ScoreDocs));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.Doc).Order(), actual.Select(h => h.Doc).Order());
        var scores = actual.ToDictionary(h => h.Doc, h => h.Score);
        Assert.All(expected, h => Assert.Equal(h.Score, scores[h.Doc], h.Score * 1e-5f));
    }

    private Query Parse(string text) =>
        new CorpusQueryParser(_test.Corpus.Analyzer, CatalogNames.Empty, new SearchLimits()).Parse(text);

    public void Dispose() => _test.Dispose();
}
