namespace NewsCorpus.Core.Search;

/// <summary>
/// What one search may cost, so that no query string — however long, malformed or crafted — can hold the host
/// (issue 11). Bound from the configuration section <c>NewsCorpus:Search</c>; the README lists the keys.
/// Regular expressions (<c>/…/</c>) are not offered at all: Lucene.Net 4.8 determinizes them without a limit.
/// </summary>
public sealed class SearchLimits
{
    /// <summary>Characters of query text read; a longer query is cut at a word break, with a notice.</summary>
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>Words one prefix or wildcard pattern (<c>هانغ*</c>) may stand for; past it, a notice says so.</summary>
    public int MaxExpansions { get; set; } = 1024;

    /// <summary>Words one fuzzy term (<c>لافرون~</c>) may stand for, the closest first.</summary>
    public int MaxFuzzyExpansions { get; set; } = 50;

    /// <summary>
    /// <c>*</c> and <c>?</c> in one pattern. A pattern's automaton can grow exponentially with them
    /// (<c>x*a??????????</c>), so a pattern with more is searched as a plain word, with a notice.
    /// </summary>
    public int MaxWildcards { get; set; } = 8;

    /// <summary>Milliseconds one search may spend collecting hits; then it stops and says the result may be partial.</summary>
    public int TimeBudgetMs { get; set; } = 5000;

    public SearchLimits Copy() => (SearchLimits)MemberwiseClone();
}
