namespace NewsCorpus.Core.Search;

/// <summary>One matching article, with the passage that best shows why it matched.</summary>
public sealed record SearchHit(
    string Id,
    string File,
    string Title,
    DateOnly? Date,
    string? Summit,
    string? Source,
    float Score,
    Snippet Snippet)
{
    /// <summary>The whole title with the query's matches marked (empty for a listing without a query).</summary>
    public Snippet TitleMarks { get; init; } = Snippet.Empty;
}

/// <summary>A page of hits and the total number of matching articles.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>
    /// The notices in English, one sentence each: set when the query could not be read as written (bad syntax, an
    /// unknown field) or a filter names nothing the catalogs know.
    /// </summary>
    public string? Message => Notices.Count == 0 ? null : string.Join(" ", Notices.Select(n => n.Text));

    /// <summary>Why the search was read otherwise than typed, or found nothing; each with a code to translate.</summary>
    public IReadOnlyList<SearchNotice> Notices { get; init; } = [];

    /// <summary>Counts per value for each facet (summit, year, source, person) over the whole result set.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetCount>>();

    /// <summary>A better-spelled query, offered when this one finds little or nothing.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>Matching dated articles per month, oldest first: the result set's date histogram.</summary>
    public IReadOnlyList<MonthCount> Months { get; init; } = [];

    /// <summary>Where this page ended: pass it as <see cref="SearchRequest.After"/> for the next page; null on the last page.</summary>
    public SearchCursor? Next { get; init; }

    /// <summary>
    /// True when the page asked for starts past <see cref="ArticleSearcher.MaxOffset"/>: no hits are returned (the
    /// total and facets are), and the caller should narrow the search, export it, or continue with <see cref="Next"/>.
    /// </summary>
    public bool PastMaxOffset { get; init; }
}

/// <summary>How many matching articles are dated in one month.</summary>
public sealed record MonthCount(int Year, int Month, int Count);

/// <summary>How many results carry one value of a facet.</summary>
public sealed record FacetCount(string Value, int Count);
