using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The Lucene index: one <see cref="IndexWriter"/> for the app's lifetime and readers through a
/// <see cref="SearcherManager"/>. Derived from SQLite, so it can always be rebuilt.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private const string AnalysisKey = "analysis";
    private readonly EntityGazetteer? _entities;
    private readonly string _analysis;

    /// <param name="path">The index folder.</param>
    /// <param name="analyzer">The analyzer shared with the searcher.</param>
    /// <param name="entities">The gazetteer, to index which entities are people.</param>
    /// <param name="analysis">Names the analysis chain and catalogs the documents are indexed with (see <see cref="AnalysisIsCurrent"/>).</param>
    public SearchIndex(string path, Analyzer analyzer, EntityGazetteer? entities = null, string analysis = "")
    {
        _entities = entities;
        _analysis = analysis;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        try
        {
            _writer = new IndexWriter(_directory, new IndexWriterConfig(CorpusAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
            });
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw new InvalidOperationException(
                $"The search index at {path} is in use by another NewsCorpus process (the web app or another command). Stop it and try again.", e);
        }
        if (_writer.NumDocs == 0)
            _writer.SetCommitData(new Dictionary<string, string> { [AnalysisKey] = analysis });
        AnalysisIsCurrent = _writer.CommitData.TryGetValue(AnalysisKey, out var recorded) && recorded == analysis;
        _writer.Commit(); // an empty index must exist before the first reader opens
        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>
    /// False when the documents were indexed by another analysis chain or other catalogs (spelling variants, names):
    /// queries would then be analyzed differently from the index, so it must be rebuilt.
    /// </summary>
    public bool AnalysisIsCurrent { get; private set; }

    /// <summary>Adds or replaces each article (keyed by id, so indexing twice is harmless) and makes them searchable.</summary>
    public void Index(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
            _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocument.Build(article, _entities));
        Commit();
    }

    /// <summary>
    /// Replaces the whole index with <paramref name="articles"/>. Readers keep the old commit until the new one is
    /// complete, so searches never see a half-built index.
    /// </summary>
    public int Rebuild(IEnumerable<Article> articles)
    {
        _writer.DeleteAll();
        var count = 0;
        foreach (var article in articles)
        {
            _writer.AddDocument(ArticleDocument.Build(article, _entities));
            count++;
        }
        _writer.SetCommitData(new Dictionary<string, string> { [AnalysisKey] = _analysis });
        Commit();
        AnalysisIsCurrent = true;
        return count;
    }

    public int DocumentCount => Use(s => s.IndexReader.NumDocs);

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

    private void Commit()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
