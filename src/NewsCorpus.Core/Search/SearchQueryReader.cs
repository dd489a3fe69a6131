using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Reads the query text a user typed. Bad syntax never fails a search: a notice says so and the words alone
/// are searched (operators and punctuation dropped). Unknown fields and summits are noticed too.
/// </summary>
internal sealed class SearchQueryReader(Analyzer analyzer, CatalogNames names)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    public (Query Query, IReadOnlyList<SearchNotice> Notices) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (new MatchAllDocsQuery(), []);
        var parser = new CorpusQueryParser(analyzer, names);
        try
        {
            return (PurelyNegativeQuery.MatchAllExcept(parser.Parse(text)), parser.Notices);
        }
        catch (ParseException)
        {
            var (plain, notices) = PlainWords(text);
            return (plain, [new SearchNotice(SearchNoticeKind.BadSyntax), .. notices]);
        }
    }

    private (Query Query, IReadOnlyList<SearchNotice> Notices) PlainWords(string text)
    {
        var words = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Operators.Contains(w)))
            words.Append(QueryParserBase.Escape(word)).Append(' ');
        var plain = words.ToString().Trim();
        if (plain.Length == 0)
            return (new BooleanQuery(), []);
        var parser = new CorpusQueryParser(analyzer, names);
        return (parser.Parse(plain), parser.Notices);
    }
}
