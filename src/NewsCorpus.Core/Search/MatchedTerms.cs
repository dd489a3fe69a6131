using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The index terms a query can match, for marking snippets. Prefix, wildcard and fuzzy queries only know their
/// terms once rewritten against the reader, so each is expanded (to its best <see cref="MaxExpansions"/> terms);
/// excluded (NOT) clauses are skipped, since their words are by definition not in the hit.
/// </summary>
internal static class MatchedTerms
{
    private const int MaxExpansions = 256;

    /// <param name="query">The query as read, its patterns not yet expanded.</param>
    /// <param name="searcher">The index the query runs against.</param>
    /// <param name="expansions">The search's expansions of its patterns, when it has worked them out already.</param>
    public static ISet<Term> Of(Query query, IndexSearcher searcher, PatternExpansions? expansions = null)
    {
        var terms = new HashSet<Term>();
        Collect(query, searcher, expansions ?? new PatternExpansions(searcher), terms);
        return terms;
    }

    private static void Collect(Query query, IndexSearcher searcher, PatternExpansions expansions, HashSet<Term> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                    Collect(clause.Query, searcher, expansions, terms);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, searcher, expansions, terms);
                break;
            case MultiTermQuery multi when PatternExpansions.Expands(multi):
                FirstWords(expansions.Of(multi), terms);
                break;
            case MultiTermQuery multi:
                var expanded = (MultiTermQuery)multi.Clone();
                expanded.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
                searcher.Rewrite(expanded).ExtractTerms(terms);
                break;
            case TermQuery or PhraseQuery or MultiPhraseQuery:
                query.ExtractTerms(terms);
                break;
            default:
                // MatchAllDocs and constant-score wrappers name no words to mark.
                break;
        }
    }

    /// <summary>
    /// The first <see cref="MaxExpansions"/> words of a pattern's expansion. Every word of a pattern weighs the same, and
    /// Lucene keeps a pattern's first words in term order and lists them in that order, so these are the words a
    /// rewrite of its own to <see cref="MaxExpansions"/> would keep (or all the search looked for, if it looked for
    /// fewer).
    /// </summary>
    private static void FirstWords(Query expansion, HashSet<Term> terms)
    {
        if (expansion is not BooleanQuery words)
        {
            expansion.ExtractTerms(terms);
            return;
        }
        foreach (var clause in words.Clauses.Take(MaxExpansions))
            clause.Query.ExtractTerms(terms);
    }
}
