using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>A searcher taken from the index's <see cref="SearcherManager"/>, given back when disposed.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private bool _released;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        if (_released)
            return;
        _released = true;
        _manager.Release(Searcher);
    }
}
