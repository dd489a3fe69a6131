using System.Globalization;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Web.Pages.Browse;

/// <summary>How many dated articles fall in one month.</summary>
public sealed record MonthCount(int Year, int Month, int Articles)
{
    public static IReadOnlyList<MonthCount> All(ArticleStore store) => store.CountByMonth()
        .Select(c => DateOnly.TryParseExact(c.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new MonthCount(d.Year, d.Month, c.Count) : null)
        .OfType<MonthCount>()
        .ToList();
}
