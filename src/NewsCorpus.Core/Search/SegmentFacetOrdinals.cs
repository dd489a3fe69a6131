using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// One segment's values of one facet, read once from its sorted-set doc values into plain arrays: each document's
/// ordinals (<see cref="OrdinalsOf"/>) and each ordinal's value. Counting a result is then array reads, not a
/// doc-values decode per hit and facet, and no value is turned into a string per request. A segment never changes
/// (deletions are the searcher's business, and sorted-set values cannot be updated), so the arrays live as long as the
/// segment: loaded when a searcher is warmed, dropped with the segment. Memory: four bytes per value a document
/// carries, plus four per document for where its values start — except where no document has two values (a year, a
/// source, nearly always a summit): then each document's one ordinal (or -1) is all there is, 4 bytes a document where
/// it was 8 (s45: 12 MB of a 1M store's searchers) — and a byte where the segment has at most 255 of its values (s46).
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentFacetOrdinals?>> Loaded = new();

    // A single-valued facet of at most 255 values in the segment (a year, a summit, a source: all of them so far)
    // keeps each document's ordinal in a byte, NoOrdinal for none: a byte a document where it was 4 (s46).
    private const byte NoOrdinal = byte.MaxValue;
    // Entry i holds i: a byte's ordinal is handed out as a one-element span of this table, so every form answers alike.
    private static readonly int[] Identity = [.. Enumerable.Range(0, NoOrdinal)];
    private readonly byte[]? _small;

    // Null where every document has at most one value; then _ordinals holds each document's ordinal, or -1.
    private readonly int[]? _starts;
    private readonly int[] _ordinals;

    private SegmentFacetOrdinals(int[]? starts, int[] ordinals, string[] values) =>
        (_starts, _ordinals, Values) = (starts, ordinals, values);

    private SegmentFacetOrdinals(byte[] small, string[] values) =>
        (_small, _ordinals, Values) = (small, [], values);

    public string[] Values { get; }

    /// <summary>True when no document of the segment has two values of the facet (one ordinal a document is held).</summary>
    internal bool IsSingleValued => _starts is null;

    /// <summary>True when each document's one ordinal is held in a byte (single-valued, at most 255 values).</summary>
    internal bool IsHeldInBytes => _small is not null;

    /// <summary>The ordinals of <paramref name="doc"/>'s values (indexes into <see cref="Values"/>), none when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> OrdinalsOf(int doc)
    {
        if (_small is not null)
            return _small[doc] == NoOrdinal ? [] : new ReadOnlySpan<int>(Identity, _small[doc], 1);
        if (_starts is null)
            return _ordinals[doc] < 0 ? [] : new ReadOnlySpan<int>(_ordinals, doc, 1);
        var start = _starts[doc];
        return new ReadOnlySpan<int>(_ordinals, start, _starts[doc + 1] - start);
    }

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
        // One ordinal a document until a document has two; then every document moves to the general form.
        var single = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            docValues.SetDocument(doc);
            var first = docValues.NextOrd();
            single[doc] = first == SortedSetDocValues.NO_MORE_ORDS ? -1 : (int)first;
            if (single[doc] >= 0 && docValues.NextOrd() != SortedSetDocValues.NO_MORE_ORDS)
                return LoadMultiValued(reader, docValues, single, doc, values);
        }
        if (values.Length > NoOrdinal)
            return new SegmentFacetOrdinals(null, single, values);
        var small = new byte[single.Length];
        for (var doc = 0; doc < single.Length; doc++)
            small[doc] = single[doc] < 0 ? NoOrdinal : (byte)single[doc];
        return new SegmentFacetOrdinals(small, values);
    }

    /// <summary>The general form: the documents before <paramref name="from"/> taken from <paramref name="single"/>, the rest read.</summary>
    private static SegmentFacetOrdinals LoadMultiValued(AtomicReader reader, SortedSetDocValues docValues, int[] single, int from, string[] values)
    {
        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc + reader.MaxDoc / 2);
        for (var doc = 0; doc < from; doc++)
        {
            starts[doc] = ordinals.Count;
            if (single[doc] >= 0)
                ordinals.Add(single[doc]);
        }
        for (var doc = from; doc < reader.MaxDoc; doc++)
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
