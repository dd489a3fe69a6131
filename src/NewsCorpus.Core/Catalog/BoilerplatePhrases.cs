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

    /// <summary>Networks and apps ("واتساب", "Telegram") that make a call to follow only beside a link or a colon; optional.</summary>
    public IReadOnlyList<string> FollowUsChannels { get; init; } = [];

    /// <summary>Site menu entries in any language ("الرئيسية", "Home", "Accueil", "English"); optional.</summary>
    public IReadOnlyList<string> MenuLabels { get; init; } = [];

    /// <summary>What agencies mark a wire's parts with ("انتهى", "يتبع", "إضافة أولى"); optional.</summary>
    public IReadOnlyList<string> WireMarkers { get; init; } = [];

    /// <summary>Desk labels an agency puts before its headline ("عام / …", "سياسي / …"); optional.</summary>
    public IReadOnlyList<string> TitleSectionLabels { get; init; } = [];

    /// <summary>Words that stand beside the numbers of counters and time stamps ("مشاهدة", "تعليقات", "ت م"); optional.</summary>
    public IReadOnlyList<string> CounterLabels { get; init; } = [];

    /// <summary>Headings after which a page holds only its comments ("التعليقات", "أضف تعليقك"); optional.</summary>
    public IReadOnlyList<string> CommentSectionStarts { get; init; } = [];

    /// <summary>The fields and buttons of a comment form ("الاسم", "البريد الإلكتروني", "إرسال"); optional.</summary>
    public IReadOnlyList<string> CommentFormLabels { get; init; } = [];

    /// <summary>
    /// Openings of the outlet's notices: a link back to the story, how to reach the writer by SMS ("رابط الخبر
    /// بصحيفة …", "للتواصل مع الكاتب …"); optional.
    /// </summary>
    public IReadOnlyList<string> NoticePrefixes { get; init; } = [];

    /// <summary>Openings of a photo credit or caption line ("تصوير:", "الصورة:"); optional.</summary>
    public IReadOnlyList<string> CaptionPrefixes { get; init; } = [];

    public static BoilerplatePhrases Load(string catalogDir) =>
        CatalogJson.Read<BoilerplatePhrases>(catalogDir, "boilerplate.json");
}
