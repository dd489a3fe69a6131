using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>Runs a <see cref="SearchRequest"/> against the index: query, filters, sort, facets, snippets, did-you-mean.</summary>
/// <remarks>
/// A search never throws for what a user typed, and its cost is bounded by <see cref="SearchLimits"/>: past the time
/// budget (or when <c>cancellation</c> fires) collecting stops and the result says it may be partial.
/// </remarks>
public sealed class ArticleSearcher(SearchIndex index, Analyzer analyzer, CatalogNames? names = null, SearchLimits? limits = null)
{
    /// <summary>Below this many hits a spelling suggestion is looked for.</summary>
    private const int FewHits = 3;
    private static readonly Sort ByDate = new(new SortField(IndexFields.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE);
    // Relevance decides; the date only breaks ties, so a recent article never outranks a better match.
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(IndexFields.DateSort, SortFieldType.INT64, true));

    private const int MaxOffset = 100_000;

    private readonly CatalogNames _names = names ?? CatalogNames.Empty;
    private readonly SnippetBuilder _snippets = new(analyzer);
    private readonly SpellingSuggester _spelling = new(analyzer);
    private readonly SimilarArticles _similar = new(analyzer);
    private readonly SearchLimits _limits = limits ?? new SearchLimits();
    private SearchQueryReader Queries => new(analyzer, _names, _limits);

    /// <param name="request">What to search for.</param>
    /// <param name="cancellation">Stops the search early (a web request that went away); the result is then partial.</param>
    public SearchResult Search(SearchRequest request, CancellationToken cancellation = default)
    {
        var budget = new SearchBudget(TimeSpan.FromMilliseconds(_limits.TimeBudgetMs), cancellation);
        var (query, readNotices) = Queries.Read(request.Query);
        var filtered = SearchFilters.Apply(query, request, _names);
        var sortByDate = request.Sort == SearchSort.Date || string.IsNullOrWhiteSpace(request.Query);
        var limit = Math.Clamp(request.Limit, 1, 1000);
        var offset = Math.Clamp(request.Offset, 0, MaxOffset);

        return index.Use(searcher =>
        {
            var top = TopFieldCollector.Create(sortByDate ? ByDate : ByRelevance, offset + limit, true, true, false, false);
            var facets = new FacetCollector(IndexFields.Facets);
            IReadOnlyList<SearchNotice> notices = [.. readNotices, .. Collect(searcher, filtered, budget.Limit(MultiCollector.Wrap(top, facets))),
                .. CappedPatterns.Notices(query, searcher, _limits)];
            var terms = MatchedTerms.Of(query, searcher);
            var hits = top.GetTopDocs(offset, limit).ScoreDocs.Select(sd => ToHit(searcher.Doc(sd.Doc), sd.Score, terms)).ToList();
            return new SearchResult(top.TotalHits, hits)
            {
                Notices = top.TotalHits == 0 ? [.. notices.Concat(ZeroHitNotices.For(request, _names)).Distinct()] : notices,
                Facets = facets.Result(),
                DidYouMean = top.TotalHits < FewHits && !budget.IsSpent ? BetterSpelling(request, top.TotalHits, searcher) : null,
            };
        });
    }

    /// <summary>Runs the collection; when the budget runs out midway, keeps what was collected and says so.</summary>
    private static IReadOnlyList<SearchNotice> Collect(IndexSearcher searcher, Query query, ICollector collector)
    {
        try
        {
            searcher.Search(query, collector);
            return [];
        }
        catch (SearchBudget.SpentException)
        {
            return [new SearchNotice(SearchNoticeKind.PartialResults)];
        }
    }

    /// <summary>Articles whose words are most like those of article <paramref name="id"/>, best first, without itself.</summary>
    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int limit = 5) => index.Use(searcher =>
    {
        if (_similar.For(id, searcher) is not { } query)
            return (IReadOnlyList<SearchHit>)[];
        var terms = MatchedTerms.Of(query, searcher);
        return searcher.Search(query, Math.Clamp(limit, 1, 100)).ScoreDocs
            .Select(sd => ToHit(searcher.Doc(sd.Doc), sd.Score, terms))
            .ToList();
    });

    /// <summary>A respelled query, offered only when it finds more than the query as typed.</summary>
    private string? BetterSpelling(SearchRequest request, int total, IndexSearcher searcher)
    {
        if (string.IsNullOrWhiteSpace(request.Query) || _spelling.Suggest(request.Query, searcher) is not { } suggestion)
            return null;
        var (query, _) = Queries.Read(suggestion);
        return searcher.Search(SearchFilters.Apply(query, request, _names), 1).TotalHits > total ? suggestion : null;
    }

    private SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, ISet<Term> terms)
    {
        var date = doc.Get(IndexFields.Date, CultureInfo.InvariantCulture);
        var body = doc.Get(IndexFields.Body, CultureInfo.InvariantCulture) ?? "";
        var captions = doc.Get(IndexFields.Captions, CultureInfo.InvariantCulture) ?? "";
        // Show the body, unless only a caption holds the words the query found.
        var snippetText = !_snippets.Matches(body, terms) && _snippets.Matches(captions, terms) ? captions : body;
        var title = doc.Get(IndexFields.Title, CultureInfo.InvariantCulture);
        return new SearchHit(
            Id: doc.Get(IndexFields.Id, CultureInfo.InvariantCulture),
            File: doc.Get(IndexFields.File, CultureInfo.InvariantCulture),
            Title: title,
            Date: date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summit: doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture),
            Source: doc.Get(IndexFields.SourceName, CultureInfo.InvariantCulture),
            Score: float.IsNaN(score) ? 0f : score,
            Snippet: _snippets.Build(snippetText, terms))
        {
            TitleMarks = terms.Count == 0 ? Snippet.Empty : _snippets.MarkAll(title, terms),
        };
    }
}
