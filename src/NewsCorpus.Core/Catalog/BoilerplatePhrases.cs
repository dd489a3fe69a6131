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

    /// <summary>First crumbs of a breadcrumb trail ("الرئيسية » أخبار » العالم"); optional.</summary>
    public IReadOnlyList<string> BreadcrumbRoots { get; init; } = [];

    /// <summary>Share buttons and social-network names that make up a share bar ("شارك", "Facebook Twitter"); optional.</summary>
    public IReadOnlyList<string> ShareLabels { get; init; } = [];

    public static BoilerplatePhrases Load(string catalogDir) =>
        CatalogJson.Read<BoilerplatePhrases>(catalogDir, "boilerplate.json");
}
