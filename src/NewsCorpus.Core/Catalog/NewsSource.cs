namespace NewsCorpus.Core.Catalog;

/// <summary>A news outlet or agency from <c>data/sources.json</c>.</summary>
public sealed record NewsSource(string Id, string NameAr, string NameEn, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// Names that are also ordinary words or places (<c>الرياض</c>, <c>اليوم</c>, <c>الوطن</c>): they name this source
    /// only after an outlet word (<c>صحيفة الرياض</c>) or as the whole of an explicit credit (<c>المصدر: الوطن</c>),
    /// never bare in a dateline or in parentheses, where a city or a word would be read as this outlet.
    /// </summary>
    public IReadOnlyList<string> CommonWordAliases { get; init; } = [];

    /// <summary>agency, channel, paper or site (for readers of the catalog and its tests).</summary>
    public string? Kind { get; init; }

    /// <summary>ISO 3166 code of the country it reports from, or <c>arab</c> (pan-Arab) or <c>world</c>.</summary>
    public string? Country { get; init; }
}

/// <summary>The outlets and agencies that can be named as an article's source.</summary>
public sealed class SourceCatalog(IReadOnlyList<NewsSource> sources, IReadOnlyList<string>? outletWords = null)
{
    public IReadOnlyList<NewsSource> Sources { get; } = sources;

    /// <summary>Words that say a name is an outlet (<c>صحيفة</c>, <c>قناة</c>, <c>وكالة</c>).</summary>
    public IReadOnlyList<string> OutletWords { get; } = outletWords ?? [];

    public NewsSource? Find(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public static SourceCatalog Load(string catalogDir)
    {
        var file = CatalogJson.Read<SourcesFile>(catalogDir, "sources.json");
        return new(file.Sources, file.OutletWords);
    }

    private sealed record SourcesFile(IReadOnlyList<NewsSource> Sources, IReadOnlyList<string>? OutletWords);
}
