using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// One segment's values of one facet, read once from its sorted-set doc values into plain arrays: each document's
/// ordinals (<c>Ordinals[Starts[doc] .. Starts[doc + 1]]</c>) and each ordinal's value. Counting a result is then
/// array reads, not a doc-values decode per hit and facet, and no value is turned into a string per request. A
/// segment never changes (deletions are the searcher's business, and sorted-set values cannot be updated), so the
/// arrays live as long as the segment: loaded when a searcher is warmed, dropped with the segment. Memory: four
/// bytes per value a document carries, plus the distinct values.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentFacetOrdinals?>> Loaded = new();

    private SegmentFacetOrdinals(int[] starts, int[] ordinals, string[] values) =>
        (Starts, Ordinals, Values) = (starts, ordinals, values);

    public int[] Starts { get; }
    public int[] Ordinals { get; }
    public string[] Values { get; }

    /// <summary>The facet's values in <paramref name="reader"/>'s segment; null when no document there has one.</summary>
    public static SegmentFacetOrdinals? Of(AtomicReader reader, string facet) =>
        Loaded.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentFacetOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(facet, f => Load(reader, f));

    /// <summary>Whether the facet's values in <paramref name="reader"/>'s segment were read already (tests: who reads them when).</summary>
    internal static bool IsLoaded(AtomicReader reader, string facet) =>
        Loaded.TryGetValue(reader.CoreCacheKey, out var facets) && facets.ContainsKey(facet);

    private static SegmentFacetOrdinals? Load(AtomicReader reader, string facet)
    {
        if (reader.GetSortedSetDocValues(IndexFields.FacetValues(facet)) is not { } docValues)
            return null;
        var values = new string[docValues.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, bytes);
            values[ord] = bytes.Utf8ToString();
        }
        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                ordinals.Add((int)ord);
        }
        starts[reader.MaxDoc] = ordinals.Count;
        return new SegmentFacetOrdinals(starts, [.. ordinals], values);
    }
}
