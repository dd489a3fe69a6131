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
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
}
