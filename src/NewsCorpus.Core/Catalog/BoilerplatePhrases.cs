namespace NewsCorpus.Core.Catalog;

/// <summary>Phrases that mark scraped-page boilerplate (<c>data/boilerplate.json</c>).</summary>
public sealed record BoilerplatePhrases(
    IReadOnlyList<string> SectionStarts,
    IReadOnlyList<string> FollowUs,
    IReadOnlyList<string> PublishedLinePrefixes,
    IReadOnlyList<string> CaptionCreditMarkers,
    IReadOnlyList<string> CaptionArabicCredits,
    IReadOnlyList<string> SourcePrefixes)
{
    /// <summary>Lines that close a related-stories block inside the body ("end of list"); optional.</summary>
    public IReadOnlyList<string> SectionEnds { get; init; } = [];

    /// <summary>Words that open an author's credit above the article ("كتب:", "بقلم", "By"); optional.</summary>
    public IReadOnlyList<string> BylinePrefixes { get; init; } = [];

    public static BoilerplatePhrases Load(string catalogDir) =>
        CatalogJson.Read<BoilerplatePhrases>(catalogDir, "boilerplate.json");
}
