using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Counts, for every matching document, the values of each facet from their sorted-set doc values (the Lucene
/// Facet package is not available here). Runs beside the top-hits collector, so counts cover the whole result set.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly List<(string Facet, SortedSetDocValues Values, int[] OrdCounts)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        foreach (var facet in facets)
        {
            if (context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetValues(facet)) is { } values)
                _segment.Add((facet, values, new int[values.ValueCount]));
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, ordCounts) in _segment)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
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

    /// <summary>Ordinals are per segment: turn the finished segment's counts into values.</summary>
    private void FlushSegment()
    {
        var bytes = new BytesRef();
        foreach (var (facet, values, ordCounts) in _segment)
        {
            for (var ord = 0; ord < ordCounts.Length; ord++)
            {
                if (ordCounts[ord] == 0)
                    continue;
                values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                _counts[facet][value] = _counts[facet].GetValueOrDefault(value) + ordCounts[ord];
            }
        }
        _segment.Clear();
    }
}
