using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Whether a query finds at least so many documents, counting no further: "did you mean" only needs to know that
/// the respelled query finds more than the query as typed (a handful), and a respelling is often a common word.
/// </summary>
internal static class HitCountAtLeast
{
    public static bool Check(IndexSearcher searcher, Query query, int wanted)
    {
        if (wanted <= 0)
            return true;
        var counter = new Counter(wanted);
        return SearchEnd.Run(searcher, query, counter) || counter.Count >= wanted;
    }

    private sealed class Counter(int wanted) : ICollector
    {
        public int Count { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            if (++Count >= wanted)
                throw SearchEnd.Signal();
        }
    }
}
