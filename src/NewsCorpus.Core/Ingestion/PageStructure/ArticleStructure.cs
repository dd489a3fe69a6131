namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// An article file split the way an editor reads it: what is left once the title, dateline, source line,
/// photo captions and boilerplate are taken apart. Dates, summit and entities are found from this.
/// </summary>
public sealed record ArticleStructure
{
    public required string Title { get; init; }
    public string? Dateline { get; init; }
    /// <summary>The author's credit above the article (<c>كتب: محمد علي</c>), as written.</summary>
    public string? Byline { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    /// <summary>The article's own "published on" lines, if any (not those of related-story teasers).</summary>
    public IReadOnlyList<string> PublishedLines { get; init; } = [];
}
