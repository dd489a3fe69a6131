using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>The judged articles indexed once with the corpus chain, shared by the tests of a class.</summary>
public sealed class JudgedSearch : IDisposable
{
    public JudgedSearch()
    {
        Set = JudgedSet.Load();
        Engine = new LuceneEngine("NewsCorpus chain", new CorpusAnalyzer(SearchLexicon.From(Set.Catalogs)), Set);
    }

    public JudgedSet Set { get; }
    public LuceneEngine Engine { get; }
    public ArticleSearcher Searcher => Engine.Searcher;

    public SearchResult Search(string query) => Searcher.Search(new SearchRequest { Query = query, Limit = 1000 });

    public void Dispose() => Engine.Dispose();
}
