using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Articles;

/// <summary>
/// Marks a search's words throughout an article's text. Both the query and the text go through the index's own
/// analyzer, so a word is marked in every spelling the search matched (أوباما / اوباما, سوريا / سورية ...).
/// </summary>
public sealed partial class QueryHighlighter(Analyzer analyzer)
{
    /// <summary>The analyzed terms of a query, without its operators.</summary>
    public ISet<string> Terms(string? query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(query))
            return terms;
        Tokens(Operators().Replace(query, " "), (term, _, _) => terms.Add(term));
        return terms;
    }

    /// <summary>The whole text as a snippet whose parts matching <paramref name="terms"/> are flagged.</summary>
    public Snippet Mark(string text, ISet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
            return new Snippet([new SnippetPart(text, false)]);
        var parts = new List<SnippetPart>();
        var cursor = 0;
        Tokens(text, (term, tokenStart, tokenEnd) =>
        {
            var (start, end) = SnippetBuilder.Visible(text, tokenStart, tokenEnd);
            if (!terms.Contains(term) || start < cursor)
                return;
            if (start > cursor)
                parts.Add(new SnippetPart(text[cursor..start], false));
            parts.Add(new SnippetPart(text[start..end], true));
            cursor = end;
        });
        if (cursor < text.Length)
            parts.Add(new SnippetPart(text[cursor..], false));
        return new Snippet(parts);
    }

    private void Tokens(string text, Action<string, int, int> onToken)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Body, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            onToken(term.ToString(), offsets.StartOffset, offsets.EndOffset);
        stream.End();
    }

    [GeneratedRegex(@"\b(AND|OR|NOT)\b|[+\-!(){}\[\]^""~*?:\\/]")]
    private static partial Regex Operators();
}
