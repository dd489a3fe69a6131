using System.Globalization;

namespace NewsCorpus.Core.Search;

/// <summary>How facet values are listed: by count (<see cref="FacetCollector"/>), except years, which read as a timeline.</summary>
internal static class FacetOrder
{
    public static Dictionary<string, IReadOnlyList<FacetCount>> YearsInOrder(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> counts)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(counts, StringComparer.Ordinal);
        if (result.TryGetValue(IndexFields.Year, out var years))
            result[IndexFields.Year] = [.. years.OrderBy(y => int.TryParse(y.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)];
        return result;
    }
}
