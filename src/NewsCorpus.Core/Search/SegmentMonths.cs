using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>
/// One segment's dates as months, read once from the date doc values: each document's month slot (0 for undated)
/// and each slot's month (<c>yyyyMM</c>). Counting a result's months is then an array increment per hit instead of
/// a doc-values decode and a dictionary update. Like <see cref="SegmentFacetOrdinals"/> the arrays live as long as
/// the segment (loaded when a searcher is warmed). Memory: two bytes per document while a segment has fewer than
/// 65,535 distinct months.
/// </summary>
internal sealed class SegmentMonths
{
    private static readonly ConditionalWeakTable<object, SegmentMonths> Loaded = new();

    private SegmentMonths(ushort[] slots, int[] months) => (Slots, Months) = (slots, months);

    /// <summary>Each document's slot in <see cref="Months"/>, from 1; 0 for a document without a date.</summary>
    public ushort[] Slots { get; }

    /// <summary>The month (<c>yyyyMM</c>) of each slot; slot 0 is unused.</summary>
    public int[] Months { get; }

    public static SegmentMonths Of(AtomicReader reader) => Loaded.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentMonths Load(AtomicReader reader)
    {
        // The dates are read once per segment, for this and for ordering hits (SegmentDates).
        var dates = SegmentDates.Of(reader);
        var slots = new ushort[reader.MaxDoc];
        var months = new List<int> { 0 };
        var slotOf = new Dictionary<int, ushort>();
        for (var doc = 0; doc < dates.Length; doc++)
        {
            var date = dates[doc];
            if (date == 0)
                continue;
            var month = date / 100;
            if (!slotOf.TryGetValue(month, out var slot))
            {
                // Four thousand years of months fit; a date field gone wild is counted as undated rather than wrapped.
                if (months.Count > ushort.MaxValue)
                    continue;
                slot = (ushort)months.Count;
                slotOf[month] = slot;
                months.Add(month);
            }
            slots[doc] = slot;
        }
        return new SegmentMonths(slots, [.. months]);
    }
}
