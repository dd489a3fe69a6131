namespace NewsCorpus.Core.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>A search as a user asks it: query text plus optional filters. An empty query lists articles, newest first.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public string? Summit { get; init; }
    public int? Year { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>A source id from <c>data/sources.json</c>, or any of its names.</summary>
    public string? Source { get; init; }
    /// <summary>A person id from <c>data/entities.json</c>, or any of their names in either script.</summary>
    public string? Person { get; init; }
    /// <summary>Chosen facet values beyond the single ones above: several per facet, kept or left out.</summary>
    public IReadOnlyList<FacetFilter> Facets { get; init; } = [];
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>
    /// Continue after this hit (<see cref="SearchResult.Next"/> of the previous page) instead of counting
    /// <see cref="Offset"/> hits: any depth costs the same.
    /// </summary>
    public SearchCursor? After { get; init; }

    /// <summary>
    /// A plain list of articles (a summit's or a month's page, a hit's neighbours): hits without snippets, and no facet
    /// counts, month histogram or spelling suggestion, which such a page does not show.
    /// </summary>
    public bool AsList { get; init; }

    /// <summary>True when results are newest first: asked for, or a listing without query words.</summary>
    public bool SortsByDate => Sort == SearchSort.Date || string.IsNullOrWhiteSpace(Query);

    /// <summary>Every facet filter: <see cref="Facets"/> and the single summit, year, source and person.</summary>
    public IReadOnlyList<FacetFilter> AllFacetFilters()
    {
        var all = new List<FacetFilter>();
        if (!string.IsNullOrWhiteSpace(Summit))
            all.Add(new FacetFilter(IndexFields.Summit, Summit));
        if (Year is { } year)
            all.Add(new FacetFilter(IndexFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (!string.IsNullOrWhiteSpace(Source))
            all.Add(new FacetFilter(IndexFields.Source, Source));
        if (!string.IsNullOrWhiteSpace(Person))
            all.Add(new FacetFilter(IndexFields.Person, Person));
        all.AddRange(Facets.Where(f => !string.IsNullOrWhiteSpace(f.Value)));
        return all.Distinct().ToList();
    }
}
