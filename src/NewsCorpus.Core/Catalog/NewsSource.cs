namespace NewsCorpus.Core.Catalog;

/// <summary>A news outlet or agency from <c>data/sources.json</c>.</summary>
public sealed record NewsSource(string Id, string NameAr, string NameEn, IReadOnlyList<string> Aliases);

/// <summary>The outlets and agencies that can be named as an article's source.</summary>
public sealed class SourceCatalog(IReadOnlyList<NewsSource> sources)
{
    public IReadOnlyList<NewsSource> Sources { get; } = sources;

    public NewsSource? Find(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public static SourceCatalog Load(string catalogDir) =>
        new(CatalogJson.Read<SourcesFile>(catalogDir, "sources.json").Sources);

    private sealed record SourcesFile(IReadOnlyList<NewsSource> Sources);
}
