using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Parallelism;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The Lucene index: one <see cref="IndexWriter"/> for the writer's lifetime and readers of its commits through a
/// <see cref="SearcherManager"/>, refreshed after every commit so searches see what it committed at once. Derived from
/// SQLite, so it can always be rebuilt. Each commit records in its user data what the index holds — the analysis
/// it was built with, the store it belongs to and the store's change sequence it is complete up to — so the
/// writer can tell on start exactly what to repair. Opened with <see cref="OpenReadOnly"/>, it reads the last
/// commit with a plain <see cref="DirectoryReader"/> and never takes Lucene's write lock.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>The commit user data key of the analysis the documents were indexed with.</summary>
    public const string AnalysisKey = "analysis";
    private const string SequenceKey = "indexed_seq";
    private const string StoreKey = "store_id";
    /// <summary>The commit user data key of <see cref="AnalysisChoices"/>.</summary>
    public const string ChoicesKey = "analysis_choices";
    private readonly string _path;
    private readonly Lucene.Net.Store.Directory _directory;
    // What the searchers read the commits through: a memory map of the folder when this index serves searches, else
    // the writer's own directory.
    private readonly Lucene.Net.Store.Directory _searchDirectory;
    private readonly Analyzer? _analyzer;
    private IndexWriter? _writer;
    private SearcherManager _searchers;
    // True while searches read a commit of an index that is gone (deleted under the writer): the next commit opens
    // new searchers instead of refreshing those (see ReturnToLastCommit).
    private bool _searchersOnLostIndex;
    private bool _writeFailed;
    private readonly EntityGazetteer? _entities;
    // The corpus chain's text fields are indexed from one run of its shared steps per text.
    private readonly RecordedTextFields? _recorded;
    private readonly string _analysis;
    private string _recordedAnalysis;
    private readonly string _choices;
    private readonly SearcherFactory _searcherFactory = new WarmingSearcherFactory();
    private ReportingMergeScheduler? _merges;

    /// <summary>Opens the index for writing (creating it when missing). Only the holder of the writer lock may.</summary>
    /// <param name="path">The index folder.</param>
    /// <param name="analyzer">The analyzer shared with the searcher.</param>
    /// <param name="entities">The gazetteer, to index which entities are people.</param>
    /// <param name="analysis">Names the analysis chain and catalogs the documents are indexed with (see <see cref="AnalysisIsCurrent"/>).</param>
    /// <param name="choices">What the analysis was built with beyond the catalogs, recorded beside it (see <see cref="AnalysisChoices"/>).</param>
    /// <param name="servesSearches">
    /// True: ready each new searcher before it serves (<see cref="WarmingSearcherFactory"/>) and let searches read the
    /// index through a memory map. False for a writer nobody searches: plain searchers (see
    /// <see cref="NewsCorpusOptions.ServesSearches"/>). Either way the writer itself reads with plain file reads.
    /// </param>
    public SearchIndex(string path, Analyzer analyzer, EntityGazetteer? entities = null, string analysis = "", string choices = "", bool servesSearches = true)
    {
        _searcherFactory = servesSearches ? new WarmingSearcherFactory() : new SearcherFactory();
        _entities = entities;
        _analysis = analysis;
        _choices = choices;
        _analyzer = analyzer;
        _recorded = analyzer is CorpusAnalyzer corpus ? new RecordedTextFields(corpus) : null;
        _path = path;
        System.IO.Directory.CreateDirectory(path);
        // Merges read whole segments: through a memory map every page they touch stays resident in this process
        // while the segment's readers are open; through file reads it is page cache, which the kernel shares and
        // reclaims. So the writer reads with file reads, and the searchers open the folder's commits through a map
        // of their own: were they the writer's near-real-time readers, its merges would read through them, and a
        // 1M import handed to the site peaked at 1,040 MB (s43).
        _directory = new NIOFSDirectory(path);
        _searchDirectory = servesSearches ? FSDirectory.Open(path) : _directory;
        try
        {
            _writer = OpenWriter();
        }
        catch (LockObtainFailedException e)
        {
            DisposeDirectories();
            throw new InvalidOperationException(
                $"The search index at {path} is in use by another NewsCorpus process (the web app or another command). Stop it and try again.", e);
        }
        var recorded = _writer.CommitData;
        IsNew = recorded.Count == 0 && _writer.NumDocs == 0;
        // A new index holds everything of an empty store; what it lacks is indexed by the first catch-up.
        _recordedAnalysis = IsNew ? analysis : Recorded(recorded, AnalysisKey) ?? "";
        IndexedSequence = ParseSequence(Recorded(recorded, SequenceKey));
        StoreId = Recorded(recorded, StoreKey);
        AnalysisChoices = AnalysisIsCurrent ? choices : Recorded(recorded, ChoicesKey);
        Commit(); // an empty index must exist before the first reader opens
        _searchers = new SearcherManager(_searchDirectory, _searcherFactory);
    }

    private SearchIndex(Lucene.Net.Store.Directory directory, IDictionary<string, string> recorded, string analysis)
    {
        _path = "";
        _directory = directory;
        _searchDirectory = directory;
        _analysis = analysis;
        _choices = "";
        _recordedAnalysis = Recorded(recorded, AnalysisKey) ?? "";
        AnalysisChoices = Recorded(recorded, ChoicesKey);
        IndexedSequence = ParseSequence(Recorded(recorded, SequenceKey));
        StoreId = Recorded(recorded, StoreKey);
        _searchers = new SearcherManager(directory, new WarmingSearcherFactory());
    }

    /// <summary>
    /// Opens the last commit of the index at <paramref name="path"/> for searching only: no <see cref="IndexWriter"/>,
    /// no lock, nothing written. A missing index reads as an empty one (<see cref="IsNew"/>).
    /// </summary>
    public static SearchIndex OpenReadOnly(string path, string analysis = "")
    {
        Lucene.Net.Store.Directory directory = System.IO.Directory.Exists(path) ? FSDirectory.Open(path) : new RAMDirectory();
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            directory = new RAMDirectory();
            using (var empty = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
                empty.Commit();
            return new SearchIndex(directory, new Dictionary<string, string>(), analysis) { IsNew = true };
        }
        using var reader = DirectoryReader.Open(directory);
        return new SearchIndex(directory, reader.IndexCommit.UserData, analysis);
    }

    /// <summary>True when this index had no commit before it was opened (a new data folder, or a lost index).</summary>
    public bool IsNew { get; private set; }

    /// <summary>True when opened with <see cref="OpenReadOnly"/>.</summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>
    /// False when the documents were indexed by another analysis chain or other catalogs (spelling variants, names):
    /// queries would then be analyzed differently from the index, so it must be rebuilt.
    /// </summary>
    public bool AnalysisIsCurrent => _recordedAnalysis == _analysis;

    /// <summary>
    /// What the recorded analysis was built with beyond the catalogs and the code — the generated spellings refused as
    /// ordinary words (<see cref="Analysis.LexiconDecision"/>) — so the next open builds the same analysis without
    /// consulting the index's words again. Recorded in every commit beside the analysis; null when none was.
    /// </summary>
    public string? AnalysisChoices { get; private set; }

    /// <summary>The store's change sequence this index is complete up to: every article written at or below it is indexed.</summary>
    public long IndexedSequence { get; private set; }

    /// <summary>The id of the store this index was built from (null when it never recorded one).</summary>
    public string? StoreId { get; private set; }

    /// <summary>Adds or replaces each article (keyed by id, so indexing twice is harmless) and makes them searchable.</summary>
    /// <remarks>What the index is complete up to does not move: a store write indexed this way is indexed again on the next catch-up.</remarks>
    public void Index(IEnumerable<Article> articles) => Index(articles, IndexedSequence, IndexedSequence);

    /// <summary>
    /// Adds or replaces the articles a store batch wrote with change sequences after <paramref name="sequenceBefore"/>
    /// up to <paramref name="sequenceAfter"/>, commits, and makes them searchable. The commit records
    /// <paramref name="sequenceAfter"/> as indexed only when the index already held everything up to
    /// <paramref name="sequenceBefore"/>, so a gap is never papered over. <paramref name="removedIds"/> (articles editors
    /// removed in that span) are deleted in the same commit.
    /// </summary>
    public void Index(IEnumerable<Article> articles, long sequenceBefore, long sequenceAfter, IEnumerable<string>? removedIds = null)
    {
        Stage(articles, sequenceBefore, sequenceAfter, removedIds);
        Commit();
    }

    /// <summary>
    /// Does what <see cref="Index(IEnumerable{Article}, long, long, IEnumerable{string})"/> does but leaves the
    /// commit to <see cref="CommitStaged"/>: an import commits the index every few seconds instead of after every
    /// batch, because each commit flushes a small segment whose term dictionary (and its merges later) cost more
    /// than the batch's analysis. Until that commit, searches do not see the staged articles, and a writer killed
    /// meanwhile loses them from the index only: the last commit still records how far it is complete, so the next
    /// writer indexes them again from the store.
    /// </summary>
    public void Stage(IEnumerable<Article> articles, long sequenceBefore, long sequenceAfter, IEnumerable<string>? removedIds = null) => Writing(() =>
    {
        var writer = Writer;
        // IndexWriter is thread-safe: each thread analyses its own documents into its own in-memory segment.
        // Callers pass each id once (the importer keeps the last of a batch's duplicates), so order does not matter.
        ParallelWork.ForEach(articles, article => writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocument.Build(article, _entities, _recorded)),
            ParallelWork.Threads);
        foreach (var id in removedIds ?? [])
            writer.DeleteDocuments(new Term(IndexFields.Id, id));
        if (sequenceBefore <= IndexedSequence)
            IndexedSequence = Math.Max(IndexedSequence, sequenceAfter);
    });

    /// <summary>
    /// True once a write to the index failed (a full disk, a failed merge, its folder deleted under the writer):
    /// what this object holds in memory — staged documents, <see cref="IndexedSequence"/> — may then be more than
    /// reached the disk, so the index counts as behind its store until <see cref="ReturnToLastCommit"/> (which
    /// <c>Corpus.RepairIndex</c> calls) has gone back to what its last commit holds.
    /// </summary>
    public bool NeedsRecovery => Volatile.Read(ref _writeFailed);

    private void Writing(Action write)
    {
        try
        {
            write();
        }
        catch
        {
            Volatile.Write(ref _writeFailed, true);
            throw;
        }
    }

    /// <summary>True when <see cref="Stage"/> left work that no commit holds yet.</summary>
    public bool HasStaged => Writer.HasUncommittedChanges();

    /// <summary>Commits what <see cref="Stage"/> left, if anything, and makes it searchable.</summary>
    public void CommitStaged()
    {
        if (HasStaged)
            Commit();
    }

    /// <summary>
    /// Replaces the whole index with <paramref name="articles"/>. Readers keep the old commit until the new one is
    /// complete, so searches never see a half-built index, and a writer killed part-way leaves the old index.
    /// </summary>
    /// <param name="articles">Every article of the store.</param>
    /// <param name="sequence">The store's change sequence when <paramref name="articles"/> were read (0: unknown, caught up later).</param>
    /// <param name="storeId">The store's id, recorded so an index is never taken for another store's.</param>
    /// <param name="progress">Told the number of documents added so far, every thousand.</param>
    public int Rebuild(IEnumerable<Article> articles, long sequence = 0, string? storeId = null, Action<int>? progress = null)
    {
        var writer = Writer;
        var count = 0;
        var told = new System.Threading.Lock();
        try
        {
            writer.DeleteAll();
            ParallelWork.ForEach(articles, article =>
            {
                writer.AddDocument(ArticleDocument.Build(article, _entities, _recorded));
                if (Interlocked.Increment(ref count) % 1000 == 0 && progress is not null)
                {
                    lock (told)
                        progress(Volatile.Read(ref count));
                }
            }, ParallelWork.Threads);
        }
        catch
        {
            // Nothing of a stopped rebuild may reach a commit: drop it and go on from the last commit.
            ReturnToLastCommit();
            throw;
        }
        _recordedAnalysis = _analysis;
        AnalysisChoices = _choices;
        IndexedSequence = sequence;
        StoreId = storeId ?? StoreId;
        Commit();
        progress?.Invoke(count);
        return count;
    }

    /// <summary>Records which store this index belongs to (a new index, adopted by its store).</summary>
    public void Adopt(string storeId)
    {
        StoreId = storeId;
        Commit();
    }

    public int DocumentCount => Use(s => s.IndexReader.NumDocs);

    /// <summary>Every indexed article's content hash, by id: what the index holds, for checking it against the store.</summary>
    public IReadOnlyDictionary<string, string> ContentHashes() => Use(searcher =>
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
                continue;
            var stored = reader.Document(doc);
            hashes[stored.Get(IndexFields.Id, CultureInfo.InvariantCulture)] = stored.Get(IndexFields.ContentHash, CultureInfo.InvariantCulture) ?? "";
        }
        return hashes;
    });

    /// <summary>Runs <paramref name="work"/> on a current searcher and releases it afterwards.</summary>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// A current searcher held until the lease is disposed, for work that reads as it goes (an export streaming its
    /// rows): the documents it walks stay the ones it counted, whatever is committed meanwhile.
    /// </summary>
    public SearcherLease Acquire() => new(_searchers);

    /// <summary>
    /// Changes whenever a commit changes the searchable documents: a version for caches (ETags) of what searches return.
    /// </summary>
    public long Version => Use(s => ((DirectoryReader)s.IndexReader).Version);

    /// <summary>
    /// The largest segment a merge makes, in MB. A merge reads its segments through the memory map, and every page it
    /// reads counts in the writer's resident memory until the merged-away segments close: with Lucene's default of
    /// 5 GB the import's peak grew with the index (bare Lucene at a million articles: 418 MB of mapped segments).
    /// Capped, a merge reads at most about this much, and a million articles make some ten segments, which a search
    /// splits between the cores anyway (<see cref="SlicedSearch"/>).
    /// </summary>
    internal const double MaxSegmentMB = 256;

    /// <summary>
    /// Segments of about one size a merge takes together (and how many it merges at once). With Lucene's ten a 100k
    /// index ended an import with 7 to 17 segments, as its merges happened to stand, and a search looks each of its
    /// terms up in every segment: with five, three 100k imports each ended with 9, and the library's searches ran up to
    /// a sixth faster than on the 15–16-segment indexes of the runs between them (about as fast as on one that ended
    /// with 7), for an import 1–5% slower (more merging).
    /// </summary>
    internal const int SegmentsPerTier = 5;

    private IndexWriter OpenWriter() => new(_directory, new IndexWriterConfig(CorpusAnalyzer.Version, _analyzer)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        MergePolicy = new TieredMergePolicy { MaxMergedSegmentMB = MaxSegmentMB, SegmentsPerTier = SegmentsPerTier, MaxMergeAtOnce = SegmentsPerTier },
        MergeScheduler = _merges = new ReportingMergeScheduler(),
    });

    /// <summary>
    /// Drops whatever was staged or half written since the last commit and reopens the writer on that commit, reading
    /// again how far it is complete: after a failed commit or merge, what this object recorded in memory may be more
    /// than reached the disk. When the last commit is gone too — the index folder deleted under a running writer —
    /// a new empty index takes its place, complete up to nothing, so the next catch-up indexes the whole store;
    /// searches go on reading the commit they had (its files stay readable while mapped) until that catch-up commits.
    /// </summary>
    public void ReturnToLastCommit()
    {
        try
        {
            Writer.Rollback();
        }
        catch (IOException)
        {
            // Rolling back tidies the folder's files; when the folder is gone there is nothing left to tidy or keep.
        }
        var lost = !DirectoryReader.IndexExists(_directory);
        if (lost)
            System.IO.Directory.CreateDirectory(_path);
        _writer = OpenWriter();
        // Staged batches went with the rollback: the index is complete up to what its last commit recorded, no further.
        IndexedSequence = ParseSequence(Recorded(_writer.CommitData, SequenceKey));
        if (lost)
        {
            _recordedAnalysis = _analysis;
            AnalysisChoices = _choices;
            // An empty first commit, so a reader opening the folder while the catch-up's commit is half written
            // falls back to it, as it would to any earlier commit; the site's searchers keep the old one meanwhile.
            WriteCommit();
            _searchersOnLostIndex = true;
        }
        else
        {
            ReplaceSearchers();
        }
        Volatile.Write(ref _writeFailed, false);
    }

    private void ReplaceSearchers()
    {
        var old = _searchers;
        _searchers = new SearcherManager(_searchDirectory, _searcherFactory);
        old.Dispose();
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index was opened read-only.");

    private void Commit() => Writing(() =>
    {
        WriteCommit();
        if (_searchersOnLostIndex)
        {
            ReplaceSearchers();
            _searchersOnLostIndex = false;
        }
        else
        {
            _searchers?.MaybeRefreshBlocking();
        }
        // After the commit, which stands: what a failed merge left is the segments it would have merged.
        if (_merges?.TakeFailure() is { } failure)
            throw new IOException($"a background merge of the search index failed ({failure.Message}); what was committed is kept", failure);
    });

    // The commit itself, recording what the index holds; searchers are the caller's business.
    private void WriteCommit()
    {
        var data = new Dictionary<string, string>
        {
            [AnalysisKey] = _recordedAnalysis,
            [SequenceKey] = IndexedSequence.ToString(CultureInfo.InvariantCulture),
        };
        if (StoreId is not null)
            data[StoreKey] = StoreId;
        if (AnalysisChoices is not null)
            data[ChoicesKey] = AnalysisChoices;
        Writer.SetCommitData(data);
        Writer.Commit();
    }

    private static string? Recorded(IDictionary<string, string> data, string key) => data.TryGetValue(key, out var value) ? value : null;

    private static long ParseSequence(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;

    public void Dispose()
    {
        _searchers.Dispose();
        // Disposing an IndexWriter commits what it holds; work that was never committed (a batch or rebuild cut
        // short) must not be, so it is rolled back and the next writer repairs from the store.
        if (_writer is { } writer && writer.HasUncommittedChanges())
            writer.Rollback();
        else
            _writer?.Dispose();
        DisposeDirectories();
        _recorded?.Dispose();
    }

    private void DisposeDirectories()
    {
        if (!ReferenceEquals(_searchDirectory, _directory))
            _searchDirectory.Dispose();
        _directory.Dispose();
    }
}
