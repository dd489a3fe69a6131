using System.Globalization;
using Lucene.Net.Analysis;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// The app's own index, searcher and query language over a temporary folder, with a given analyzer: the corpus
/// chain, or Lucene's stock <c>ArabicAnalyzer</c> (what Elasticsearch's <c>arabic</c> analyzer runs) for comparison.
/// </summary>
public sealed class LuceneEngine : ISearchEngine
{
    private readonly string _folder;
    private readonly Analyzer _analyzer;
    private readonly SearchIndex _index;

    public LuceneEngine(string name, Analyzer analyzer, JudgedSet set)
    {
        Name = name;
        _analyzer = analyzer;
        _folder = Directory.CreateTempSubdirectory("newscorpus-bench-").FullName;
        _index = new SearchIndex(_folder, analyzer, set.Catalogs.Entities);
        _index.Index(set.Articles);
        Searcher = new ArticleSearcher(_index, analyzer, new ArticleTextsInMemory(set.Articles), new CatalogNames(set.Catalogs));
    }

    public string Name { get; }

    public ArticleSearcher Searcher { get; }

    /// <summary>The index and the chain behind <see cref="Searcher"/>, for tests that check a search against Lucene directly.</summary>
    public SearchIndex Index => _index;
    public Analyzer Analyzer => _analyzer;

    public IReadOnlyList<string> Search(JudgedQuery query) =>
        Searcher.Search(Request(query)).Hits.Select(h => h.Id).ToList();

    public static SearchRequest Request(JudgedQuery query) => new()
    {
        Query = query.Query,
        Summit = query.Filters?.Summit,
        Year = query.Filters?.Year,
        From = ParseDate(query.Filters?.From),
        To = ParseDate(query.Filters?.To),
        Source = query.Filters?.Source,
        Person = query.Filters?.Person,
        Limit = 1000,
    };

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
