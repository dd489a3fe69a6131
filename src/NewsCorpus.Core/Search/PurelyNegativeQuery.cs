using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Lucene matches nothing for a group with only excluded words (<c>-أوكرانيا</c>, <c>NOT أوكرانيا</c>): there is
/// nothing to subtract from. A journalist means "every article except", so such a group starts from all articles.
/// </summary>
internal static class PurelyNegativeQuery
{
    public static Query MatchAllExcept(Query query)
    {
        if (query is not BooleanQuery boolean)
            return query;
        foreach (var clause in boolean.Clauses)
            clause.Query = MatchAllExcept(clause.Query);
        if (boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return boolean;
    }
}
