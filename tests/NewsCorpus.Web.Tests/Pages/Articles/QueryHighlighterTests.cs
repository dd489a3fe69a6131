using NewsCorpus.Core.Search;
using NewsCorpus.Web.Pages.Articles;

namespace NewsCorpus.Web.Tests.Pages.Articles;

public sealed class QueryHighlighterTests : IDisposable
{
    private readonly CorpusAnalyzer _analyzer = new();

    [Fact]
    public void Every_spelling_the_analyzer_folds_together_is_marked_in_place()
    {
        var highlighter = new QueryHighlighter(_analyzer);

        var marked = highlighter.Mark("التقى أوباما بوتين، ثم غادر اوباما.", highlighter.Terms("اوباما"));

        Assert.Equal(["أوباما", "اوباما"], marked.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal("التقى أوباما بوتين، ثم غادر اوباما.", marked.ToPlainText());
    }

    [Fact]
    public void Query_operators_and_syntax_are_not_words_to_mark()
    {
        var highlighter = new QueryHighlighter(_analyzer);

        var terms = highlighter.Terms("\"بوتين\" AND (سوريا OR NOT)");

        Assert.DoesNotContain(terms, t => t is "and" or "or" or "not");
        Assert.Equal(2, terms.Count);
    }

    [Fact]
    public void Without_a_query_the_text_is_unmarked()
    {
        var highlighter = new QueryHighlighter(_analyzer);

        var marked = highlighter.Mark("نص <b>عادي</b>", highlighter.Terms(null));

        Assert.Equal("نص &lt;b&gt;عادي&lt;/b&gt;", marked.ToHtml());
    }

    public void Dispose() => _analyzer.Dispose();
}
