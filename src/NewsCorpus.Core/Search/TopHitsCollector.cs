using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Keeps the best hits of a search in its order — newest first with the score breaking ties, or best first with the
/// date breaking ties, then by document number — exactly as Lucene's <see cref="TopFieldCollector"/> does with
/// <see cref="ByDate"/> or <see cref="ByRelevance"/>, and counts every hit.
/// </summary>
/// <remarks>
/// Lucene's collector decodes each hit's date from doc values through two comparators; this one reads the date from
/// the segment's array (<see cref="SegmentDates"/>), and in date order asks for a score only for a hit that is not
/// older than the weakest one kept. A summit's list at a million articles visits 366,000 hits: most cost one array
/// read and one comparison.
/// </remarks>
internal sealed class TopHitsCollector : ICollector
{
    /// <summary>Newest first, in Lucene's terms (tests and profiles compare against it).</summary>
    internal static readonly Sort ByDate = new(new SortField(IndexFields.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE);

    /// <summary>
    /// Best first, in Lucene's terms. Relevance decides; the date only breaks ties, so a recent article never outranks
    /// a better match.
    /// </summary>
    internal static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(IndexFields.DateSort, SortFieldType.INT64, true));

    private readonly bool _byDate;
    private readonly Hit? _after;
    private readonly Hit[] _kept; // a heap: the weakest kept hit first
    private int _count;
    private Scorer? _scorer;
    private int[] _dates = [];
    private int _docBase;

    /// <param name="size">How many of the best hits to keep (at least one).</param>
    /// <param name="byDate">Newest first; otherwise best first.</param>
    /// <param name="after">Keep only hits after this one in the order (the next page of a walk).</param>
    public TopHitsCollector(int size, bool byDate, SearchCursor? after = null)
    {
        _kept = new Hit[Math.Max(size, 1)];
        _byDate = byDate;
        _after = after is null ? null : new Hit((int)Math.Clamp(after.DateKey, int.MinValue, int.MaxValue), after.Score, after.Doc);
    }

    /// <summary>Every hit collected, including those before <c>after</c>.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = SegmentDates.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var date = _dates[doc];
        // Newest first: a hit older than the weakest kept one, or newer than the page it follows, cannot be kept,
        // whatever its score.
        if (_byDate && ((_count == _kept.Length && date < _kept[0].Date) || (_after is { } a && date > a.Date)))
            return;
        var hit = new Hit(date, _scorer!.GetScore(), _docBase + doc);
        if (_after is { } after && !Better(after, hit))
            return;
        Keep(hit);
    }

    /// <summary>
    /// Adds what <paramref name="other"/> (the same order and size) collected over other segments: the hits kept are
    /// then those one collector would have kept over all of them, the total their sum.
    /// </summary>
    public void Add(TopHitsCollector other)
    {
        TotalHits += other.TotalHits;
        foreach (var hit in other._kept.AsSpan(0, other._count))
            Keep(hit);
    }

    private void Keep(Hit hit)
    {
        if (_count < _kept.Length)
        {
            _kept[_count] = hit;
            SiftUp(_count++);
        }
        else if (Better(hit, _kept[0]))
        {
            _kept[0] = hit;
            SiftDown(0);
        }
    }

    /// <summary>
    /// The kept hits from <paramref name="start"/> on, best first, as Lucene's sorted hits: each a
    /// <see cref="FieldDoc"/> whose sort values are in the order's order (what <see cref="SearchCursor.From"/> reads).
    /// </summary>
    public ScoreDoc[] Hits(int start, int howMany)
    {
        var ordered = _kept.AsSpan(0, _count).ToArray();
        Array.Sort(ordered, (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return [.. ordered.Skip(start).Take(howMany).Select(h => SearchCursor.SortedHit(h.Doc, h.Score, h.Date, _byDate))];
    }

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/> in the order.</summary>
    private bool Better(Hit a, Hit b)
    {
        if (_byDate && a.Date != b.Date)
            return a.Date > b.Date;
        if (a.Score != b.Score)
            return a.Score > b.Score;
        if (a.Date != b.Date)
            return a.Date > b.Date;
        return a.Doc < b.Doc;
    }

    private void SiftUp(int i)
    {
        var hit = _kept[i];
        while (i > 0 && Better(_kept[(i - 1) / 2], hit))
        {
            _kept[i] = _kept[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        _kept[i] = hit;
    }

    private void SiftDown(int i)
    {
        var hit = _kept[i];
        while (2 * i + 1 < _count)
        {
            var child = 2 * i + 1;
            if (child + 1 < _count && Better(_kept[child], _kept[child + 1]))
                child++;
            if (!Better(hit, _kept[child]))
                break;
            _kept[i] = _kept[child];
            i = child;
        }
        _kept[i] = hit;
    }

    private readonly record struct Hit(int Date, float Score, int Doc);
}
