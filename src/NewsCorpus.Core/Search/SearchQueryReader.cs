using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Reads the query text a user typed. Bad syntax never fails a search: the message says so and the words alone
/// are searched (operators and punctuation dropped).
/// </summary>
internal sealed class SearchQueryReader(Analyzer analyzer, CatalogNames names)
{
    public const string SyntaxMessage = "The query syntax could not be read; searched for the words instead.";
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    public (Query Query, string? Message) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (new MatchAllDocsQuery(), null);
        try
        {
            return (PurelyNegativeQuery.MatchAllExcept(new CorpusQueryParser(analyzer, names).Parse(text)), null);
        }
        catch (ParseException)
        {
            return (PlainWords(text), SyntaxMessage);
        }
    }

    private Query PlainWords(string text)
    {
        var words = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Operators.Contains(w)))
            words.Append(QueryParserBase.Escape(word)).Append(' ');
        var plain = words.ToString().Trim();
        return plain.Length == 0 ? new BooleanQuery() : new CorpusQueryParser(analyzer, names).Parse(plain);
    }
}
