using NewsCorpus.Core.Import.Archives;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Core;

/// <summary>Where the corpus keeps its store and finds its data files.</summary>
public sealed class NewsCorpusOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "NewsCorpus";

    /// <summary>Folder holding the SQLite database and the Lucene index (default: see <see cref="DefaultFolders"/>).</summary>
    public string DataDir { get; set; } = "";

    /// <summary>Folder with the editable data files: summits, entities, variants, boilerplate phrases.</summary>
    public string CatalogDir { get; set; } = "";

    /// <summary>Folder imported on first start when the store is empty; none outside a checkout unless configured.</summary>
    public string ArticlesDir { get; set; } = "";

    /// <summary>Files larger than this are refused by the importer.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Files an import stores in one SQLite transaction; a killed import loses at most one batch. 500 rather than 250
    /// (s29): 0.90× the wall time of a 10,000-file import for a 12 MB higher peak.
    /// </summary>
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>
    /// Seconds an import or reparse may leave stored batches unsearchable before it commits the index (at least once
    /// a batch when 0). Fewer, larger commits make the import faster; searches see new articles this much later.
    /// </summary>
    public int IndexCommitSeconds { get; set; } = 5;

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

    /// <summary>True when <see cref="DataDir"/> was not configured and the default data folder is used.</summary>
    public bool IsDefaultDataDir { get; private set; }

    /// <summary>
    /// The deepest result offset a page may start at (<c>NewsCorpus:MaxResultOffset</c>); deeper results are reached
    /// by narrowing, exporting, or the API's <c>next</c> cursor.
    /// </summary>
    public int MaxResultOffset { get; set; } = NewsCorpus.Core.Search.ArticleSearcher.DefaultMaxOffset;

    /// <summary>
    /// Seconds the site spends, after it starts, searching its own frequent words so that people's first searches run
    /// at full speed (<see cref="NewsCorpus.Core.Search.SearchWarmUp"/>); 0 turns it off.
    /// </summary>
    public int SearchWarmUpSeconds { get; set; } = 10;

    /// <summary>
    /// Whether this writer's index serves searches (true): each new searcher loads its segments' dates, facet values and
    /// date order before it serves, and the index is memory-mapped. A writer that serves none — <c>newscorpus
    /// import</c>, <c>reparse</c>, <c>reindex</c> — sets it false: its searcher, refreshed after every commit and read
    /// by nobody, is not readied (at a million articles those values are ~36 MB, sorted again after every merge), and
    /// the index is read with plain file reads, so what its merges read stays in the kernel's page cache instead of
    /// being counted in the process's memory (at a million articles, up to ~350 MB of mapped segments during a merge).
    /// A searcher of such a writer finds and counts the same, only more slowly.
    /// </summary>
    public bool ServesSearches { get; set; } = true;

    /// <summary>
    /// The parser imports and reparses use instead of <see cref="Ingestion.ArticleParser"/>: for the scale benchmark's
    /// <c>--parser-share</c>, which imports the same files with a parser that reads only a title and a body. Not a
    /// setting: nothing binds it from configuration.
    /// </summary>
    internal Func<Catalog.Catalogs, Ingestion.IArticleParser>? Parser { get; init; }

    /// <summary>What one search may cost (<c>NewsCorpus:Search:*</c>): query length, pattern expansions, time budget.</summary>
    public Search.SearchLimits Search { get; set; } = new();

    /// <summary>
    /// Fills empty paths with the <see cref="DefaultFolders"/>: in a checkout <c>var/</c>, <c>data/</c> and
    /// <c>data/articles/</c>; installed, the platform's data folder and the catalogs shipped with the program.
    /// </summary>
    public NewsCorpusOptions WithDefaults()
    {
        var defaults = new Lazy<DefaultFolders>(DefaultFolders.ForThisProgram);
        var articles = string.IsNullOrWhiteSpace(ArticlesDir) ? defaults.Value.ArticlesDir : ArticlesDir;
        return new NewsCorpusOptions
        {
            DataDir = Path.GetFullPath(string.IsNullOrWhiteSpace(DataDir) ? defaults.Value.DataDir : DataDir),
            // Only the folder nobody chose receives the samples on first start (see StartupImport).
            IsDefaultDataDir = IsDefaultDataDir || string.IsNullOrWhiteSpace(DataDir),
            CatalogDir = Path.GetFullPath(string.IsNullOrWhiteSpace(CatalogDir) ? defaults.Value.CatalogDir : CatalogDir),
            ArticlesDir = articles.Length == 0 ? "" : Path.GetFullPath(articles),
            MaxFileBytes = MaxFileBytes,
            Search = Search.Copy(),
            ImportBatchSize = ImportBatchSize,
            IndexCommitSeconds = IndexCommitSeconds,
            Zip = Zip,
            ImportSamples = ImportSamples,
            InboxDir = string.IsNullOrWhiteSpace(InboxDir) ? "" : Path.GetFullPath(InboxDir),
            MaxUploadBytes = MaxUploadBytes,
            MaxResultOffset = MaxResultOffset,
            SearchWarmUpSeconds = SearchWarmUpSeconds,
            ServesSearches = ServesSearches,
            Parser = Parser,
        };
    }
}
