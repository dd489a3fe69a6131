using System.Globalization;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Web.Pages.Home;

/// <summary>
/// Articles per month as bar geometry for an SVG drawn on the server: one slot per month from the first dated
/// year to the last, so gaps between summits show as gaps. Time runs left to right in both languages, as in print charts.
/// </summary>
public sealed record TimelineChart(int FirstYear, int LastYear, int Max, IReadOnlyList<TimelineBar> Bars)
{
    public const double Slot = 9;
    public const double BarWidth = 6;
    public const double PlotHeight = 90;
    public const double LabelHeight = 22;

    public int Years => LastYear - FirstYear + 1;
    public double Width => Years * 12 * Slot;
    public double Height => PlotHeight + LabelHeight;
    public bool IsEmpty => Bars.Count == 0;

    public IEnumerable<(int Year, double X)> YearTicks =>
        Enumerable.Range(FirstYear, Years).Select(y => (y, (y - FirstYear) * 12 * Slot));

    /// <summary>Builds the chart from counts keyed <c>yyyy-MM</c>; keys that are not months are ignored.</summary>
    public static TimelineChart From(IEnumerable<ValueCount> monthCounts)
    {
        var months = monthCounts
            .Select(c => (Ok: DateOnly.TryParseExact(c.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), d, c.Count))
            .Where(m => m.Ok && m.Count > 0)
            .Select(m => (m.d.Year, m.d.Month, m.Count))
            .ToList();
        if (months.Count == 0)
            return new TimelineChart(0, -1, 0, []);
        var first = months.Min(m => m.Year);
        var max = months.Max(m => m.Count);
        var bars = months.Select(m =>
        {
            var height = Math.Max(3, PlotHeight * m.Count / max);
            var x = ((m.Year - first) * 12 + (m.Month - 1)) * Slot + (Slot - BarWidth) / 2;
            return new TimelineBar(m.Year, m.Month, m.Count, x, PlotHeight - height, height);
        }).ToList();
        return new TimelineChart(first, months.Max(m => m.Year), max, bars);
    }
}

/// <summary>One month's bar: its count and where it is drawn.</summary>
public sealed record TimelineBar(int Year, int Month, int Count, double X, double Y, double Height);
