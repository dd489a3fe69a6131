using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>Runs a <see cref="SearchRequest"/> against the index: query, filters, sort, facets, snippets, did-you-mean.</summary>
/// <remarks>
/// A search never throws for what a user typed, and its cost is bounded by <see cref="SearchLimits"/>: past the time
/// budget (or when <c>cancellation</c> fires) collecting stops and the result says it may be partial. Bodies and
/// captions, which the index does not store, come from <c>texts</c> for the hits shown.
/// </remarks>
public sealed class ArticleSearcher(SearchIndex index, Analyzer analyzer, IArticleTexts texts, CatalogNames? names = null, SearchLimits? limits = null)
{
    /// <summary>The deepest offset served by default; deeper pages continue with <see cref="SearchRequest.After"/>.</summary>
    public const int DefaultMaxOffset = 10_000;

    /// <summary>Below this many hits a spelling suggestion is looked for.</summary>
    private const int FewHits = 3;

    private readonly CatalogNames _names = names ?? CatalogNames.Empty;
    private readonly SpellingSuggester _spelling = new(analyzer, texts);
    private readonly SimilarArticles _similar = new(analyzer, texts);
    private readonly HitReader _hits = new(new SnippetBuilder(analyzer), texts);
    private readonly SearchLimits _limits = limits ?? new SearchLimits();
    private SearchQueryReader Queries => new(analyzer, _names, _limits);

    /// <summary>
    /// The deepest <see cref="SearchRequest.Offset"/> served: counting that many hits costs memory and time on every
    /// request, so a page past it returns no hits and says so (<see cref="SearchResult.PastMaxOffset"/>).
    /// </summary>
    public int MaxOffset { get; init; } = DefaultMaxOffset;

    /// <param name="request">What to search for.</param>
    /// <param name="cancellation">Stops the search early (a web request that went away); the result is then partial.</param>
    public SearchResult Search(SearchRequest request, CancellationToken cancellation = default)
    {
        var budget = new SearchBudget(TimeSpan.FromMilliseconds(_limits.TimeBudgetMs), cancellation);
        var (query, readNotices) = Queries.Read(request.Query);
        var byDate = request.SortsByDate;
        var limit = Math.Clamp(request.Limit, 1, 1000);
        var offset = request.After is null ? Math.Max(request.Offset, 0) : 0;
        var pastMax = offset > MaxOffset;

        return index.Use(searcher =>
        {
            if (request.AsList && query is MatchAllDocsQuery && request.After is null && !pastMax)
                return NewestFirst(searcher, request, offset, limit);
            // One more than the page, to know whether a next page exists.
            var size = pastMax ? 1 : request.After is null ? offset + limit + 1 : limit + 1;
            // A page with facets chosen counts their other values in the same pass (drill-sideways).
            var chosen = request.AsList ? [] : request.AllFacetFilters().Select(f => f with { Value = SearchFilters.Resolve(_names, f) }).ToList();
            // Each pattern's words are looked up once for the collection, the notice and the marks.
            var expansions = new PatternExpansions(searcher);
            // The sideways collector checks the facet selections itself; the query keeps them only without it.
            var collected = SearchFilters.Apply(expansions.Expand(query), request, _names, withFacets: chosen.Count == 0);
            var (pass, partial) = SlicedSearch.Run(searcher, collected, () => new PageCollection(size, byDate, request.After, request.AsList, chosen), budget);
            var top = pass.Top;
            // Past the time budget the search keeps what it collected, and says so.
            IReadOnlyList<SearchNotice> notices = [.. readNotices, .. partial ? [new SearchNotice(SearchNoticeKind.PartialResults)] : Array.Empty<SearchNotice>(),
                .. CappedPatterns.Notices(query, expansions, _limits)];
            var terms = request.AsList ? new HashSet<Term>() : MatchedTerms.Of(query, searcher, expansions);
            var page = pastMax ? [] : top.Hits(offset, limit + 1);
            var shown = page.Take(limit).ToList();
            return new SearchResult(top.TotalHits, _hits.Read(searcher, shown, terms, request.AsList))
            {
                Notices = top.TotalHits == 0 ? [.. notices.Concat(ZeroHitNotices.For(request, _names)).Distinct()] : notices,
                Facets = pass.Facets is not { } facets ? new Dictionary<string, IReadOnlyList<FacetCount>>()
                    : FacetOrder.YearsInOrder(pass.Sideways?.Complete(facets.Result()) ?? facets.Result()),
                Months = pass.Months?.Result() ?? [],
                DidYouMean = top.TotalHits < FewHits && !budget.IsSpent && !request.AsList ? BetterSpelling(request, top.TotalHits, searcher) : null,
                Next = page.Length > limit ? SearchCursor.From(shown[^1], byDate) : null,
                PastMaxOffset = pastMax,
            };
        });
    }

    /// <summary>A list without words (a summit's, a month's), read from the segments' date order instead of searched.</summary>
    private SearchResult NewestFirst(IndexSearcher searcher, SearchRequest request, int offset, int limit)
    {
        var filters = request.AllFacetFilters().Select(f => f with { Value = SearchFilters.Resolve(_names, f) }).ToList();
        var (total, hits) = NewestFirstList.Read(searcher, filters, SearchFilters.ToNumber(request.From), SearchFilters.ToNumber(request.To), offset + limit + 1);
        var page = hits.Skip(offset).ToArray();
        var shown = page.Take(limit).ToList();
        return new SearchResult(total, _hits.Read(searcher, shown, new HashSet<Term>(), asList: true))
        {
            Notices = total == 0 ? [.. ZeroHitNotices.For(request, _names).Distinct()] : [],
            Next = page.Length > limit ? SearchCursor.From(shown[^1], byDate: true) : null,
        };
    }

    /// <summary>Articles whose words are most like those of article <paramref name="id"/>, best first, without itself.</summary>
    /// <param name="id">The article.</param>
    /// <param name="limit">How many, at most.</param>
    /// <param name="asList">True for a list of titles (the article page's): hits without snippets, which cost an analysis each.</param>
    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int limit = 5, bool asList = false) => index.Use(searcher =>
    {
        if (_similar.For(id, searcher) is not { } likeness)
            return (IReadOnlyList<SearchHit>)[];
        var terms = asList ? new HashSet<Term>() : MatchedTerms.Of(likeness.Query, searcher);
        var top = new ContextNudgeCollector(Math.Clamp(limit, 1, 100), likeness.Summit, likeness.People, likeness.MaxMatches);
        top.Search(searcher, likeness.Query);
        return _hits.Read(searcher, top.Hits(), terms, asList);
    });


    /// <summary>A respelled query, offered only when it finds more than the query as typed.</summary>
    private string? BetterSpelling(SearchRequest request, int total, IndexSearcher searcher)
    {
        if (string.IsNullOrWhiteSpace(request.Query) || _spelling.Suggest(request.Query, searcher) is not { } suggestion)
            return null;
        var (query, _) = Queries.Read(suggestion);
        return HitCountAtLeast.Check(searcher, SearchFilters.Apply(query, request, _names), total + 1) ? suggestion : null;
    }
}
