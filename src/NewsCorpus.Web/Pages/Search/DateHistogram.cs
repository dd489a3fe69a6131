using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// The result set's dates as bars for an SVG drawn on the server: by month when the search is within one year or a
/// range of at most <see cref="MonthlyUpTo"/> months, otherwise by year. Every bar links to the search narrowed to
/// its period (a year bar to that year, a month bar to its first and last day). Time runs left to right.
/// </summary>
public sealed record DateHistogram(bool ByMonth, int Max, IReadOnlyList<HistogramBar> Bars)
{
    public const int MonthlyUpTo = 24;
    public const double Slot = 28;
    public const double BarWidth = 20;
    public const double PlotHeight = 80;
    public const double LabelHeight = 20;

    public static readonly DateHistogram Empty = new(false, 0, []);

    public double Width => Math.Max(1, Bars.Count) * Slot;
    public double Height => PlotHeight + LabelHeight;
    public bool IsEmpty => Bars.Count == 0;

    public static DateHistogram For(SearchQuery query, IReadOnlyList<MonthCount> months)
    {
        if (months.Count == 0)
            return Empty;
        var first = new DateOnly(months[0].Year, months[0].Month, 1);
        var last = new DateOnly(months[^1].Year, months[^1].Month, 1);
        var span = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        var oneYear = query.Included(IndexFields.Year).Count == 1;
        var shortRange = query.From is not null && query.To is not null && span <= MonthlyUpTo;
        return oneYear || shortRange || span <= 3 ? Monthly(query, months, first, span) : Yearly(query, months);
    }

    private static DateHistogram Monthly(SearchQuery query, IReadOnlyList<MonthCount> months, DateOnly first, int span)
    {
        var counts = months.ToDictionary(m => (m.Year, m.Month), m => m.Count);
        var max = months.Max(m => m.Count);
        var bars = Enumerable.Range(0, span).Select(i =>
        {
            var start = first.AddMonths(i);
            var count = counts.GetValueOrDefault((start.Year, start.Month));
            return Bar(i, start.Year, start.Month, count, max, query.Within(start, start.AddMonths(1).AddDays(-1)).ToUrl());
        }).ToList();
        return new DateHistogram(true, max, bars);
    }

    private static DateHistogram Yearly(SearchQuery query, IReadOnlyList<MonthCount> months)
    {
        var years = months.GroupBy(m => m.Year).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));
        var (first, last) = (years.Keys.Min(), years.Keys.Max());
        var max = years.Values.Max();
        var bars = Enumerable.Range(first, last - first + 1).Select((year, i) =>
        {
            var narrowed = query.With(IndexFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { From = null, To = null };
            return Bar(i, year, null, years.GetValueOrDefault(year), max, narrowed.ToUrl());
        }).ToList();
        return new DateHistogram(false, max, bars);
    }

    private static HistogramBar Bar(int slot, int year, int? month, int count, int max, string url)
    {
        var height = count == 0 ? 0 : Math.Max(3, PlotHeight * count / max);
        return new HistogramBar(year, month, count, url, slot * Slot + (Slot - BarWidth) / 2, PlotHeight - height, height);
    }
}

/// <summary>One period's bar: a year, or a month of a year; its count, the narrowed search, where it is drawn.</summary>
public sealed record HistogramBar(int Year, int? Month, int Count, string Url, double X, double Y, double Height);
