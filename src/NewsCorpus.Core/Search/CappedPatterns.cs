using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Names the patterns of a query (<c>ال*</c>, ranges) that stand for more words than
/// <see cref="SearchLimits.MaxExpansions"/>: only that many were searched, so the result may miss articles.
/// </summary>
internal static class CappedPatterns
{
    public static IEnumerable<SearchNotice> Notices(Query query, PatternExpansions expansions, SearchLimits limits)
    {
        var notices = new List<SearchNotice>();
        Collect(query, expansions, Math.Max(1, limits.MaxExpansions), notices);
        return notices.Distinct();
    }

    private static void Collect(Query query, PatternExpansions expansions, int max, List<SearchNotice> notices)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    Collect(clause.Query, expansions, max, notices);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, expansions, max, notices);
                break;
            // Fuzzy terms keep their closest words by design: being capped is what they are for.
            case MultiTermQuery multi when PatternExpansions.Expands(multi):
                if (expansions.Of(multi) is BooleanQuery expanded && expanded.Clauses.Count >= max)
                    notices.Add(new SearchNotice(SearchNoticeKind.TooManyExpansions, Pattern(multi)));
                break;
            default:
                break;
        }
    }

    private static string Pattern(MultiTermQuery query) => query switch
    {
        PrefixQuery prefix => prefix.Prefix.Text + "*",
        WildcardQuery wildcard => wildcard.Term.Text,
        _ => query.ToString(query.Field),
    };
}
