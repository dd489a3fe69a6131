using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// Collects every matching document in one pass with only what ordering needs: its number, score and date (16
/// bytes a hit with its place in the order, 16 MB at a million), so a whole result can be walked in the search's own order without holding
/// any row or running the query again.
/// </summary>
internal sealed class SortKeyCollector(bool scores) : ICollector
{
    private int[] _docs = new int[1024];
    private float[] _scores = new float[1024];
    private int[] _dates = new int[1024];
    private Scorer? _scorer;
    private int[] _segmentDates = [];
    private int _docBase;

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _segmentDates = SegmentDates.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        if (Count == _docs.Length)
        {
            Array.Resize(ref _docs, Count * 2);
            Array.Resize(ref _scores, Count * 2);
            Array.Resize(ref _dates, Count * 2);
        }
        _docs[Count] = _docBase + doc;
        _scores[Count] = scores && _scorer is not null ? _scorer.GetScore() : 0f;
        _dates[Count] = _segmentDates[doc];
        Count++;
    }

    public int Doc(int i) => _docs[i];

    public float Score(int i) => _scores[i];

    /// <summary>
    /// Positions in the order the search pages show them: newest first (score breaking ties) or best first (date
    /// breaking ties), then by document number, as Lucene's sorted collector does.
    /// </summary>
    public int[] Order(bool byDate)
    {
        var order = new int[Count];
        for (var i = 0; i < Count; i++)
            order[i] = i;
        Comparison<int> compare = byDate
            ? (a, b) => Descending(_dates[a], _dates[b]) is var c and not 0 ? c : Descending(_scores[a], _scores[b]) is var d and not 0 ? d : _docs[a].CompareTo(_docs[b])
            : (a, b) => Descending(_scores[a], _scores[b]) is var c and not 0 ? c : Descending(_dates[a], _dates[b]) is var d and not 0 ? d : _docs[a].CompareTo(_docs[b]);
        Array.Sort(order, compare);
        return order;
    }

    private static int Descending<T>(T a, T b) where T : IComparable<T> => b.CompareTo(a);
}
