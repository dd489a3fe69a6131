using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Counts, for every matching document, the values of each facet from their sorted-set doc values (the Lucene
/// Facet package is not available here), read through <see cref="SegmentFacetOrdinals"/>. Runs beside the top-hits
/// collector, so counts cover the whole result set in the same pass.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly List<(string Facet, SegmentFacetOrdinals Values, int[] OrdCounts)> _segment = [];
    // The current segment's arrays, one entry per facet it has, for the per-hit loop.
    private SegmentFacetOrdinals[] _values = [];
    private int[][] _ordCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        foreach (var facet in facets)
        {
            if (SegmentFacetOrdinals.Of(context.AtomicReader, facet) is { } values)
                _segment.Add((facet, values, new int[values.Values.Length]));
        }
        _values = [.. _segment.Select(s => s.Values)];
        _ordCounts = [.. _segment.Select(s => s.OrdCounts)];
    }

    public void Collect(int doc)
    {
        // Every hit of every result passes here once per facet: plain arrays, no enumerator or tuple copies.
        for (var f = 0; f < _values.Length; f++)
        {
            var ordCounts = _ordCounts[f];
            foreach (var ord in _values[f].OrdinalsOf(doc))
                ordCounts[ord]++;
        }
    }

    /// <summary>Counts per facet, most frequent value first (ties by value).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        FlushSegment();
        return _counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetCount>)f.Value
                .Select(v => new FacetCount(v.Key, v.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Adds the counts <paramref name="other"/> (the same facets) made over other segments.</summary>
    public void Add(FacetCollector other)
    {
        other.FlushSegment();
        foreach (var (facet, counts) in other._counts)
        {
            var into = _counts[facet];
            foreach (var (value, count) in counts)
                CollectionsMarshal.GetValueRefOrAddDefault(into, value, out _) += count;
        }
    }

    /// <summary>Ordinals are per segment: turn the finished segment's counts into values.</summary>
    private void FlushSegment()
    {
        foreach (var (facet, values, ordCounts) in _segment)
        {
            var counts = _counts[facet];
            for (var ord = 0; ord < ordCounts.Length; ord++)
            {
                if (ordCounts[ord] != 0)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, values.Values[ord], out _) += ordCounts[ord];
            }
        }
        _segment.Clear();
    }
}
