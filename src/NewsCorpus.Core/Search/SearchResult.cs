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
    Snippet Snippet);

/// <summary>A page of hits and the total number of matching articles.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Set when the query could not be read as written and was searched as plain words instead.</summary>
    public string? Message { get; init; }
}
