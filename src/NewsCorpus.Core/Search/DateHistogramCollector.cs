using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Counts the matching documents per month (<c>yyyyMM</c>) from each segment's <see cref="SegmentMonths"/>; undated
/// ones are not counted. A hit costs one array increment: the histogram runs over every hit of every result.
/// </summary>
internal sealed class DateHistogramCollector : ICollector
{
    private readonly Dictionary<int, int> _months = [];
    private SegmentMonths? _segment;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = SegmentMonths.Of(context.AtomicReader);
        _counts = new int[_segment.Months.Length];
    }

    public void Collect(int doc) => _counts[_segment!.Slots[doc]]++;

    /// <summary>Counts per month, oldest first.</summary>
    public IReadOnlyList<MonthCount> Result()
    {
        FlushSegment();
        return _months.OrderBy(m => m.Key).Select(m => new MonthCount(m.Key / 100, m.Key % 100, m.Value)).ToList();
    }

    /// <summary>Adds the months <paramref name="other"/> counted over other segments.</summary>
    public void Add(DateHistogramCollector other)
    {
        other.FlushSegment();
        foreach (var (month, count) in other._months)
            _months[month] = _months.GetValueOrDefault(month) + count;
    }

    /// <summary>Slots are per segment: turn the finished segment's counts into months (slot 0, undated, is left out).</summary>
    private void FlushSegment()
    {
        if (_segment is null)
            return;
        for (var slot = 1; slot < _counts.Length; slot++)
        {
            if (_counts[slot] != 0)
                _months[_segment.Months[slot]] = _months.GetValueOrDefault(_segment.Months[slot]) + _counts[slot];
        }
        _segment = null;
        _counts = [];
    }
}
