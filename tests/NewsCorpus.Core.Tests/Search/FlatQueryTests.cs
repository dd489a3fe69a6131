using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A word is searched as one flat disjunction over its fields and same-position forms: the same articles as the
/// parser's nested form, which walked three disjunctions inside a fourth. A name is searched by its Latin alias alone,
/// which the index holds beside every occurrence of the name: it scores as the alias typed in Latin does.
/// </summary>
public sealed class FlatQueryTests : IDisposable
{
    private readonly TestCorpus _test = new();

    public FlatQueryTests() => _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);

    [Fact]
    public void A_name_in_three_fields_is_one_disjunction_of_its_alias_in_each()
    {
        var query = Parse("بوتين");

        var flat = Assert.IsType<WordInFieldsQuery>(query);
        Assert.Equal(["title:putin", "body:putin", "captions:putin"], flat.Clauses.Select(c => Assert.IsType<TermQuery>(c.Query).Term.ToString()));
        Assert.Equal([3f, 1f, 0.5f], flat.Clauses.Select(c => c.Query.Boost));
    }

    [Fact]
    public void A_word_without_an_alias_keeps_its_term_in_each_field()
    {
        var flat = Assert.IsType<WordInFieldsQuery>(Parse("قمة"));

        Assert.Equal(3, flat.Clauses.Count);
        Assert.All(flat.Clauses, c => Assert.DoesNotMatch("^[a-z]+$", Assert.IsType<TermQuery>(c.Query).Term.Text));
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("بوتين أوباما")]
    [InlineData("سورية OR الأمريكي")]
    [InlineData("putin -أوباما")]
    [InlineData("\"الأزمة السورية\" بوتين")]
    [InlineData("title:بوتين قمة")]
    [InlineData("\"أوباما وبوتين\"")]
    [InlineData("\"فلاديمير بوتين\"~1 قمة")]
    public void Finds_the_same_articles_as_the_nested_form(string text)
    {
        var (expected, actual) = _test.Corpus.Index.Use(s => (s.Search(Nested(text), 1000).ScoreDocs, s.Search(Parse(text), 1000).ScoreDocs));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.Doc).Order(), actual.Select(h => h.Doc).Order());
    }

    [Theory]
    [InlineData("بوتين", "putin")]
    [InlineData("بوتين أوباما", "putin obama")]
    [InlineData("سورية OR الأمريكي", "syria OR الأمريكي")]
    [InlineData("putin -أوباما", "putin -أوباما")]
    [InlineData("\"الأزمة السورية\" بوتين", "\"الأزمة السورية\" putin")]
    [InlineData("title:بوتين قمة", "title:putin قمة")]
    [InlineData("\"أوباما وبوتين\"", "\"obama putin\"")]
    [InlineData("\"الرئيس الروسي فلاديمير بوتين\"", "\"الرئيس الروسي فلاديمير putin\"")]
    public void Scores_a_name_as_its_latin_alias_in_the_nested_form(string text, string aliased)
    {
        var (expected, actual) = _test.Corpus.Index.Use(s => (s.Search(Nested(aliased), 1000).ScoreDocs, s.Search(Parse(text), 1000).ScoreDocs));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.Doc).Order(), actual.Select(h => h.Doc).Order());
        var scores = actual.ToDictionary(h => h.Doc, h => h.Score);
        Assert.All(expected, h => Assert.Equal(h.Score, scores[h.Doc], h.Score * 1e-5f));
    }

    [Fact]
    public void A_phrase_of_names_is_a_plain_phrase_of_their_aliases()
    {
        var phrase = Assert.IsType<PhraseQuery>(Assert.IsType<BooleanQuery>(Parse("\"أوباما وبوتين\"~2")).Clauses[1].Query);

        Assert.Equal(["body:obama", "body:putin"], phrase.GetTerms().Select(t => t.ToString()));
        Assert.Equal(2, phrase.Slop);
    }

    private Query Nested(string text) =>
        new MultiFieldQueryParser(CorpusAnalyzer.Version, [IndexFields.Title, IndexFields.Body, IndexFields.Captions], _test.Corpus.Analyzer,
            new Dictionary<string, float> { [IndexFields.Title] = 3f, [IndexFields.Body] = 1f, [IndexFields.Captions] = 0.5f })
        { DefaultOperator = Operator.AND }.Parse(text);

    private Query Parse(string text) =>
        new CorpusQueryParser(_test.Corpus.Analyzer, CatalogNames.Empty, new SearchLimits()).Parse(text);

    public void Dispose() => _test.Dispose();
}
