using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The words each pattern of one search's query (<c>ماليز*</c>, <c>بوت?ن</c>) stands for in the index, worked out once
/// for the search: the hits' collection, the "too many words" notice (<see cref="CappedPatterns"/>) and the words its
/// snippets mark (<see cref="MatchedTerms"/>) each rewrote the pattern against the index on their own, and each
/// rewrite looks every word up in every segment (a prefix at 100k: 36 µs and 65 KB each).
/// </summary>
internal sealed class PatternExpansions(IndexSearcher searcher)
{
    private readonly Dictionary<MultiTermQuery, Query> _expanded = new(ReferenceEqualityComparer.Instance);

    /// <summary>True for the patterns expanded here: those the query parser caps (<see cref="CorpusQueryParser"/>), not fuzzy words.</summary>
    public static bool Expands(MultiTermQuery query) =>
        query is not FuzzyQuery && query.MultiTermRewriteMethod is MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite;

    /// <summary>What the searcher rewrites <paramref name="pattern"/> to: its words, as the collection would search them.</summary>
    public Query Of(MultiTermQuery pattern)
    {
        if (!_expanded.TryGetValue(pattern, out var expanded))
            _expanded[pattern] = expanded = searcher.Rewrite(pattern);
        return expanded;
    }

    /// <summary>
    /// <paramref name="query"/> with each pattern in it replaced by its expansion, as the searcher's own rewrite
    /// replaces it (a Boolean query copied when a clause changes, the clauses' order and occurrence kept): the same
    /// hits and scores, without rewriting the pattern again.
    /// </summary>
    public Query Expand(Query query)
    {
        switch (query)
        {
            case MultiTermQuery pattern when Expands(pattern):
                return Of(pattern);
            case BooleanQuery boolean:
                BooleanQuery? copy = null;
                for (var i = 0; i < boolean.Clauses.Count; i++)
                {
                    var clause = boolean.Clauses[i];
                    var expanded = Expand(clause.Query);
                    if (ReferenceEquals(expanded, clause.Query))
                        continue;
                    copy ??= (BooleanQuery)boolean.Clone();
                    copy.Clauses[i] = new BooleanClause(expanded, clause.Occur);
                }
                return copy ?? boolean;
            default:
                return query;
        }
    }
}
