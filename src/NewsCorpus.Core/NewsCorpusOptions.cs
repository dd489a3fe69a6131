namespace NewsCorpus.Core;

/// <summary>Where the corpus keeps its store and finds its data files.</summary>
public sealed class NewsCorpusOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "NewsCorpus";

    /// <summary>Folder holding the SQLite database and the Lucene index (default <c>var/</c> at the repo root).</summary>
    public string DataDir { get; set; } = "";

    /// <summary>Folder with the editable data files: summits, entities, variants, boilerplate phrases.</summary>
    public string CatalogDir { get; set; } = "";

    /// <summary>Folder imported on first start when the store is empty.</summary>
    public string ArticlesDir { get; set; } = "";

    /// <summary>Files larger than this are refused by the importer.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The deepest result offset a page may start at (<c>NewsCorpus:MaxResultOffset</c>); deeper results are reached
    /// by narrowing, exporting, or the API's <c>next</c> cursor.
    /// </summary>
    public int MaxResultOffset { get; set; } = Search.ArticleSearcher.DefaultMaxOffset;

    /// <summary>Fills empty paths with the defaults: <c>var/</c>, <c>data/</c> and <c>data/articles/</c> at the repo root.</summary>
    public NewsCorpusOptions WithDefaults()
    {
        var root = RepoRoot.Find();
        return new NewsCorpusOptions
        {
            DataDir = Path.GetFullPath(string.IsNullOrWhiteSpace(DataDir) ? Path.Combine(root, "var") : DataDir),
            CatalogDir = Path.GetFullPath(string.IsNullOrWhiteSpace(CatalogDir) ? Path.Combine(root, "data") : CatalogDir),
            ArticlesDir = Path.GetFullPath(string.IsNullOrWhiteSpace(ArticlesDir) ? Path.Combine(root, "data", "articles") : ArticlesDir),
            MaxFileBytes = MaxFileBytes,
            MaxResultOffset = MaxResultOffset,
        };
    }
}
