using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Editing;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Import.Writer;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Export;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core;

/// <summary>
/// The composition root shared by the web app and the CLI: opens the SQLite store and the Lucene index under
/// <see cref="NewsCorpusOptions.DataDir"/> once, and exposes the services built on them. Opened for writing it
/// holds the data folder's <see cref="WriterLock"/> until disposed — one writer per folder, across processes;
/// opened for reading (<see cref="OpenForReading"/>) it takes no lock and writes nothing.
/// </summary>
public sealed class Corpus : IDisposable
{
    private readonly WriterLock? _writerLock;
    private readonly Importer? _importer;
    private readonly Reparser? _reparser;
    private readonly Reindexer? _reindexer;
    private readonly RunExecutor? _runExecutor;
    private readonly ArticleEditor? _editor;
    private readonly StoredParse _storedParse;
    private readonly string? _storeId;
    private readonly CorpusAnalysis _analysis = null!;

    /// <summary>
    /// Opens the corpus for writing: takes the writer lock (throwing <see cref="WriterLockHeldException"/> when
    /// another process holds it) and brings the index up to date with the store before returning.
    /// </summary>
    public Corpus(NewsCorpusOptions options)
        : this(options.WithDefaults(), writerLock: null, repairIndex: true)
    {
    }

    private Corpus(NewsCorpusOptions options, WriterLock? writerLock, bool repairIndex, bool readOnly = false, bool reconsiderSpellings = false)
    {
        Options = options;
        Directory.CreateDirectory(Options.DataDir);
        _writerLock = readOnly ? null
            : writerLock ?? WriterLock.Acquire(Options.DataDir, WriterHolder.ThisProcess(WriterKind.Library, "a NewsCorpus library user"));
        try
        {
            Catalogs = Catalogs.Load(Options.CatalogDir);
            var indexPath = Path.Combine(Options.DataDir, "index");
            // Generated spellings of names are checked against the index's own words only when it is rebuilt anyway;
            // otherwise the decision it recorded is used, so opening never finds a new fingerprint (CorpusAnalysis).
            _analysis = CorpusAnalysis.Open(Catalogs, indexPath, AnalysisOf, reconsiderSpellings);
            Analyzer = _analysis.Analyzer;
            var database = readOnly ? OpenReadOnlyDatabase(Options.DataDir) : new Database(DatabasePath(Options.DataDir));
            var meta = new StoreMeta(database);
            _storeId = meta.Get(StoreMeta.StoreId);
            Store = new ArticleStore(database);
            Runs = new ImportRuns(database);
            var analysis = _analysis.Fingerprint;
            Index = readOnly ? SearchIndex.OpenReadOnly(indexPath, analysis)
                : new SearchIndex(indexPath, Analyzer, Catalogs.Entities, analysis, _analysis.Decision.ToString(), Options.ServesSearches);
            var parser = Options.Parser?.Invoke(Catalogs) ?? new ArticleParser(Catalogs);
            _storedParse = new StoredParse(Store, meta, parser);
            Texts = new StoredArticleTexts(database);
            Searcher = new ArticleSearcher(Index, Analyzer, Texts, new CatalogNames(Catalogs), Options.Search) { MaxOffset = Options.MaxResultOffset };
            Exports = new ResultWalker(Index, Analyzer, Texts, new CatalogNames(Catalogs), Options.Search);
            if (readOnly)
                return;
            _importer = new Importer(Store, _storedParse, Index, parser, Runs, Options);
            _reparser = new Reparser(Store, _storedParse, Index, parser, Runs, Options);
            _reindexer = new Reindexer(Store, meta, Index, Runs);
            _runExecutor = new RunExecutor(Runs, _importer, _reparser, _reindexer, Options.DataDir);
            _editor = new ArticleEditor(database, Store, Index, Catalogs.Summits, _storeId!);
            // A new index belongs to this store from its first commit on, so it is never taken for another's.
            if (Index.IsNew && _storeId is not null)
                Index.Adopt(_storeId);
            // Holding the lock proves that whoever was running these is gone.
            Runs.MarkInterrupted();
            if (repairIndex)
                RepairIndex();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the corpus for writing under a writer lock the host already took (after waiting for it, or to
    /// advertise itself). With <paramref name="repairIndex"/> false the index is left as found, for a host that
    /// repairs it in the background (<see cref="RepairIndex"/>) while pages serve.
    /// </summary>
    /// <param name="options">The folders and settings.</param>
    /// <param name="writerLock">The data folder's writer lock, held by the caller.</param>
    /// <param name="repairIndex">Whether to bring the index up to date before returning.</param>
    /// <param name="reconsiderSpellings">
    /// Decide again from the index's words which generated spellings are ordinary words (<see cref="SpellingsNowOrdinary"/>),
    /// for a <c>reindex</c> about to rebuild: when the decision changes, the index no longer matches the analysis.
    /// </param>
    public static Corpus OpenForWriting(NewsCorpusOptions options, WriterLock writerLock, bool repairIndex = true, bool reconsiderSpellings = false) =>
        new(options.WithDefaults(), writerLock, repairIndex, reconsiderSpellings: reconsiderSpellings);

    /// <summary>
    /// Opens the corpus for reading only: SQLite read-only and the index's last commit through a plain reader. Never
    /// takes the writer lock, so it works beside a running site or import (<see cref="CheckIndex"/> says whether the
    /// index is behind). A missing or older store is created or upgraded first, under the lock, when nobody writes.
    /// </summary>
    public static Corpus OpenForReading(NewsCorpusOptions options) =>
        new(options.WithDefaults(), writerLock: null, repairIndex: false, readOnly: true);

    public NewsCorpusOptions Options { get; }
    /// <summary>The editable data files under <see cref="NewsCorpusOptions.CatalogDir"/>.</summary>
    public Catalogs Catalogs { get; } = null!;
    public CorpusAnalyzer Analyzer { get; } = null!;
    public ArticleStore Store { get; } = null!;
    public SearchIndex Index { get; } = null!;
    public ArticleSearcher Searcher { get; } = null!;
    /// <summary>Bodies and captions by article id, read from the store (the index does not store them).</summary>
    public IArticleTexts Texts { get; } = null!;
    /// <summary>Walks a whole result once, in the search's order, for exports and feeds.</summary>
    public ResultWalker Exports { get; } = null!;
    /// <summary>Import, reparse and reindex runs: history and progress.</summary>
    public ImportRuns Runs { get; } = null!;

    /// <summary>False when opened with <see cref="OpenForReading"/>.</summary>
    public bool IsWriter => _writerLock is not null;

    /// <summary>The data folder's writer lock this corpus holds.</summary>
    public WriterLock WriterLock => _writerLock ?? throw ReadOnly();
    public Importer Importer => _importer ?? throw ReadOnly();
    public Reparser Reparser => _reparser ?? throw ReadOnly();
    public Reindexer Reindexer => _reindexer ?? throw ReadOnly();
    /// <summary>Works through recorded runs (import, reparse, reindex).</summary>
    public RunExecutor RunExecutor => _runExecutor ?? throw ReadOnly();
    /// <summary>Editors' corrections, removals and restores, each reaching the index at once.</summary>
    public ArticleEditor Editor => _editor ?? throw ReadOnly();

    /// <summary>True when every stored article was parsed with today's rules and catalogs (or there is none).</summary>
    public bool StoreIsCurrent => _storedParse.IsCurrent;

    /// <summary>
    /// Generated spellings of names the analysis merges although imports since the index was built brought them as
    /// ordinary words (with ال). The recorded decision is kept so that opening never rebuilds; a <c>reindex</c> from the
    /// command line decides again and refuses these. A handful of term lookups.
    /// </summary>
    public IReadOnlyList<string> SpellingsNowOrdinary() => _analysis.SpellingsNowOrdinary(Index);

    /// <summary>How the index stands against the store (see <see cref="IndexSync"/>).</summary>
    public IndexState CheckIndex() => IndexSync.Check(Index, Store, _storeId);

    /// <summary>
    /// Brings the index up to date: indexes exactly the changes past the sequence it recorded, or rebuilds it when
    /// it was analyzed differently or belongs to another store. After a write to the index failed (a full disk, a
    /// failed merge, the index folder deleted under the writer: <see cref="SearchIndex.NeedsRecovery"/>) it first
    /// goes back to the index's last commit, or to a new empty index when that is gone too
    /// (<see cref="SearchIndex.ReturnToLastCommit"/>), and catches up from there. Returns the state it found.
    /// </summary>
    public IndexState RepairIndex(Action<int>? progress = null, CancellationToken cancellation = default)
    {
        var found = CheckIndex();
        var state = found;
        if (found.WriteFailed)
        {
            Index.ReturnToLastCommit();
            // What the last commit holds, now that nothing unwritten is counted.
            state = CheckIndex();
        }
        if (state.NeedsRebuild)
            Reindexer.Rebuild(progress, cancellation);
        else if (state.MissingChanges > 0)
            IndexSync.CatchUp(Index, Store, _storeId!);
        return found;
    }

    /// <summary>Rebuilds the Lucene index from SQLite; returns the number of documents indexed.</summary>
    public int Reindex() => Reindexer.Rebuild();

    /// <summary>Parses every stored article again with the current rules and catalogs, as a recorded run.</summary>
    public ReparseReport Reparse(string requestedBy = "library")
    {
        var run = RunExecutor.Execute(Runs.Create(RunKind.Reparse, requestedBy, "reparse"));
        if (run.Status != RunStatus.Done)
            throw new InvalidOperationException($"The reparse failed: {run.Error}");
        return new ReparseReport(run.Done, run.Updated);
    }

    /// <summary>Size in bytes of everything under the data folder.</summary>
    public long StoreSizeBytes() =>
        new DirectoryInfo(Options.DataDir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public void Dispose()
    {
        Index?.Dispose();
        Analyzer?.Dispose();
        _writerLock?.Dispose();
    }

    /// <summary>What the index records as its analysis: the chain with its catalogs and decisions, and the document layout.</summary>
    private static string AnalysisOf(CorpusAnalyzer analyzer) => analyzer.Fingerprint + " " + ArticleDocument.Layout;

    private static string DatabasePath(string dataDir) => Path.Combine(dataDir, Database.FileName);

    private static Database OpenReadOnlyDatabase(string dataDir)
    {
        if (Database.OpenReadOnly(DatabasePath(dataDir)) is { } existing)
            return existing;
        // No store yet, or one older than this build: create or upgrade it, which only a writer may do.
        using (var writerLock = WriterLock.TryAcquire(dataDir, WriterHolder.ThisProcess(WriterKind.Library, "creating or upgrading the store")))
        {
            if (writerLock is not null)
                _ = new Database(DatabasePath(dataDir));
        }
        return Database.OpenReadOnly(DatabasePath(dataDir))
            ?? throw new InvalidOperationException(
                $"The store in {dataDir} is being created or upgraded by {WriterLock.CurrentHolder(dataDir)?.ToString() ?? "another process"}; try again in a moment.");
    }

    private static InvalidOperationException ReadOnly() =>
        new("The corpus was opened for reading; writing needs the data folder's writer lock (Corpus.OpenForWriting).");
}
