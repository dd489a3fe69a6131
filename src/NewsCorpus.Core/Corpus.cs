using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Export;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core;

/// <summary>
/// The composition root shared by the web app and the CLI: opens the SQLite store and the Lucene index under
/// <see cref="NewsCorpusOptions.DataDir"/> once, and exposes the services built on them.
/// </summary>
public sealed class Corpus : IDisposable
{
    public Corpus(NewsCorpusOptions options)
    {
        Options = options.WithDefaults();
        Directory.CreateDirectory(Options.DataDir);
        Catalogs = Catalogs.Load(Options.CatalogDir);
        Analyzer = new CorpusAnalyzer(SearchLexicon.From(Catalogs));
        var database = new Database(Path.Combine(Options.DataDir, Database.FileName));
        Store = new ArticleStore(database);
        Index = new SearchIndex(Path.Combine(Options.DataDir, "index"), Analyzer, Catalogs.Entities, Analyzer.Fingerprint + " " + ArticleDocument.Layout);
        var parser = new ArticleParser(Catalogs);
        var storedParse = new StoredParse(Store, new StoreMeta(database), parser);
        Importer = new Importer(Store, storedParse, Index, parser, Options);
        Reparser = new Reparser(Store, storedParse, parser);
        Searcher = new ArticleSearcher(Index, Analyzer, new CatalogNames(Catalogs)) { MaxOffset = Options.MaxResultOffset };
        Exports = new ResultWalker(Index, Analyzer, new CatalogNames(Catalogs));
        // The index is derived: if it was lost, is behind the store or was analyzed differently, rebuild it from SQLite.
        if (Index.DocumentCount != Store.Count() || !Index.AnalysisIsCurrent)
            Index.Rebuild(Store.All());
    }

    public NewsCorpusOptions Options { get; }
    /// <summary>The editable data files under <see cref="NewsCorpusOptions.CatalogDir"/>.</summary>
    public Catalogs Catalogs { get; }
    public CorpusAnalyzer Analyzer { get; }
    public ArticleStore Store { get; }
    public SearchIndex Index { get; }
    public Importer Importer { get; }
    public Reparser Reparser { get; }
    public ArticleSearcher Searcher { get; }
    /// <summary>Walks a whole result once, in the search's order, for exports and feeds.</summary>
    public ResultWalker Exports { get; }

    /// <summary>Rebuilds the Lucene index from SQLite; returns the number of documents indexed.</summary>
    public int Reindex() => Index.Rebuild(Store.All());

    /// <summary>Parses every stored article again with the current rules and catalogs, then rebuilds the index.</summary>
    public ReparseReport Reparse()
    {
        var report = Reparser.ReparseAll();
        Index.Rebuild(Store.All());
        return report;
    }

    /// <summary>Size in bytes of everything under the data folder.</summary>
    public long StoreSizeBytes() =>
        new DirectoryInfo(Options.DataDir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
    }
}
