using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>
/// One segment's dates (<c>yyyyMMdd</c>, 0 for undated) in a plain array, read once from the date doc values when a
/// searcher is warmed and kept as long as the segment. Ordering hits by date then reads an array element instead of
/// decoding doc values through a sort comparator for every hit (<see cref="TopHitsCollector"/>). Memory: four bytes
/// a document (4 MB at a million).
/// </summary>
internal static class SegmentDates
{
    private static readonly ConditionalWeakTable<object, int[]> Loaded = new();

    public static int[] Of(AtomicReader reader) => Loaded.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static int[] Load(AtomicReader reader)
    {
        var dates = new int[reader.MaxDoc];
        if (reader.GetNumericDocValues(IndexFields.DateSort) is { } values)
        {
            for (var doc = 0; doc < dates.Length; doc++)
                dates[doc] = (int)values.Get(doc);
        }
        return dates;
    }
}
