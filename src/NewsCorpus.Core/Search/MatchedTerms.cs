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

    public static ISet<Term> Of(Query query, IndexSearcher searcher)
    {
        var terms = new HashSet<Term>();
        Collect(query, searcher, terms);
        return terms;
    }

    private static void Collect(Query query, IndexSearcher searcher, HashSet<Term> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                    Collect(clause.Query, searcher, terms);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, searcher, terms);
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
}
