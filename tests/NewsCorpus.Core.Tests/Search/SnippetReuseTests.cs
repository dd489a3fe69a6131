using Lucene.Net.Index;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>Asking whether a text matches and then for its snippet gives the answers of a fresh builder.</summary>
public sealed class SnippetReuseTests : IDisposable
{
    private readonly CorpusAnalyzer _analyzer = new();

    [Fact]
    public void A_snippet_after_asking_whether_the_text_matches_is_the_snippet_a_fresh_builder_makes()
    {
        var text = "التقى الرئيس بوتين نظيره في جنيف، وقال بوتين إن المحادثات بناءة";
        var terms = Terms("بوتين");
        var builder = new SnippetBuilder(_analyzer);

        Assert.True(builder.Matches(text, terms));
        Assert.Equal(new SnippetBuilder(_analyzer).Build(text, terms).ToHtml(), builder.Build(text, terms).ToHtml());
    }

    [Fact]
    public void Another_text_or_other_terms_are_analysed_anew()
    {
        var builder = new SnippetBuilder(_analyzer);
        var first = "قال بوتين إن المحادثات بناءة";
        // Equal words in a different string object, as a reparsed article would bring.
        var second = new string("قال بايدن إن المحادثات بناءة".AsSpan());

        Assert.True(builder.Matches(first, Terms("بوتين")));
        Assert.False(builder.Matches(second, Terms("بوتين")));
        Assert.False(builder.Matches(first, Terms("بايدن")));
        Assert.Contains("<mark>بايدن</mark>", builder.Build(second, Terms("بايدن")).ToHtml(), StringComparison.Ordinal);
    }

    /// <summary>The body field's terms for a word, as the query parser makes them.</summary>
    private HashSet<Term> Terms(string word)
    {
        using var stream = _analyzer.GetTokenStream(IndexFields.Body, word);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var terms = new HashSet<Term>();
        while (stream.IncrementToken())
            terms.Add(new Term(IndexFields.Body, term.ToString()));
        stream.End();
        return terms;
    }

    public void Dispose() => _analyzer.Dispose();
}
