using NewsCorpus.Core.Import.Archives;

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

    /// <summary>Files an import stores in one SQLite transaction and one index commit; a killed import loses at most one batch.</summary>
    public int ImportBatchSize { get; set; } = 250;

    /// <summary>Limits on <c>.zip</c> archives given to an import (section <c>NewsCorpus:Zip</c>).</summary>
    public ZipLimits Zip { get; set; } = new();

    /// <summary>
    /// Whether the web app imports <see cref="ArticlesDir"/> on its first start (empty store). Unset: only for the
    /// default data folder, so a new store given with <c>--data-dir</c> starts empty.
    /// </summary>
    public bool? ImportSamples { get; set; }

    /// <summary>The only folder (with its sub-folders) the site imports from by path when an admin asks it to; unset: none.</summary>
    public string InboxDir { get; set; } = "";

    /// <summary>Bytes one upload request may carry (all its files together).</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>True when <see cref="DataDir"/> was not given and the default <c>var/</c> is used.</summary>
    public bool IsDefaultDataDir { get; private set; }

    /// <summary>
    /// The deepest result offset a page may start at (<c>NewsCorpus:MaxResultOffset</c>); deeper results are reached
    /// by narrowing, exporting, or the API's <c>next</c> cursor.
    /// </summary>
    public int MaxResultOffset { get; set; } = Search.ArticleSearcher.DefaultMaxOffset;

    /// <summary>Fills empty paths with the defaults: <c>var/</c>, <c>data/</c> and <c>data/articles/</c> at the repo root.</summary>
    public NewsCorpusOptions WithDefaults()
    {
        var root = RepoRoot.Find();
        var defaultDataDir = Path.GetFullPath(Path.Combine(root, "var"));
        var dataDir = string.IsNullOrWhiteSpace(DataDir) ? defaultDataDir : Path.GetFullPath(DataDir);
        return new NewsCorpusOptions
        {
            DataDir = dataDir,
            IsDefaultDataDir = dataDir == defaultDataDir,
            CatalogDir = Path.GetFullPath(string.IsNullOrWhiteSpace(CatalogDir) ? Path.Combine(root, "data") : CatalogDir),
            ArticlesDir = Path.GetFullPath(string.IsNullOrWhiteSpace(ArticlesDir) ? Path.Combine(root, "data", "articles") : ArticlesDir),
            MaxFileBytes = MaxFileBytes,
            ImportBatchSize = ImportBatchSize,
            Zip = Zip,
            ImportSamples = ImportSamples,
            InboxDir = string.IsNullOrWhiteSpace(InboxDir) ? "" : Path.GetFullPath(InboxDir),
            MaxUploadBytes = MaxUploadBytes,
            MaxResultOffset = MaxResultOffset,
        };
    }
}
