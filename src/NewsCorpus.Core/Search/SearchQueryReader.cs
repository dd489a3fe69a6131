using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Reads the query text a user typed. Bad syntax never fails a search: a notice says so and the words alone
/// are searched (operators and punctuation dropped). Unknown fields and summits are noticed too. Whatever the
/// text, reading it never throws: a query too long is cut (<see cref="SearchLimits.MaxQueryLength"/>), and one
/// that not even its plain words can be searched for finds nothing, with a notice.
/// </summary>
internal sealed class SearchQueryReader(Analyzer analyzer, CatalogNames names, SearchLimits limits)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    public (Query Query, IReadOnlyList<SearchNotice> Notices) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (new MatchAllDocsQuery(), []);
        List<SearchNotice> notices = [];
        if (text.Length > limits.MaxQueryLength)
        {
            text = Start(text, limits.MaxQueryLength);
            notices.Add(new SearchNotice(SearchNoticeKind.QueryTooLong, limits.MaxQueryLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var parser = new CorpusQueryParser(analyzer, names, limits);
        try
        {
            var query = PurelyNegativeQuery.MatchAllExcept(parser.Parse(text));
            return (query, [.. notices, .. parser.Notices]);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            var (plain, plainNotices) = PlainWords(text);
            return (plain, [.. notices, new SearchNotice(SearchNoticeKind.BadSyntax), .. plainNotices]);
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
        var parser = new CorpusQueryParser(analyzer, names, limits);
        try
        {
            return (parser.Parse(plain), parser.Notices);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            // Escaped words always parse today; should a future analyzer or limit refuse them, find nothing rather than fail.
            return (new BooleanQuery(), []);
        }
    }

    /// <summary>
    /// What the classic parser throws for text it cannot read: syntax errors, and too many clauses (it rethrows
    /// <see cref="BooleanQuery.TooManyClausesException"/> as a parse error, but not every path does).
    /// </summary>
    private static bool IsUnreadable(Exception e) => e is ParseException or BooleanQuery.TooManyClausesException;

    /// <summary>The first <paramref name="length"/> characters or fewer, ending at a space when there is one, never inside a surrogate pair.</summary>
    private static string Start(string text, int length)
    {
        var cut = text.LastIndexOf(' ', length);
        if (cut <= 0)
            cut = length;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut];
    }
}
