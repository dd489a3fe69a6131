using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// Finds the full dates and relative weekdays an article states, in every format Arabic outlets use: Arabic
/// month names of both systems alone or combined, English captions, numeric and ISO dates, any digit script.
/// A year alone (<c>منذ عام 2013</c>) is not a date.
/// </summary>
public sealed class DateClueFinder(CalendarNames calendar)
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;
    private readonly DatePatterns _patterns = new(calendar);

    public DateClues Find(ArticleText text)
    {
        var dates = new List<DateCandidate>();
        var weekdays = new List<WeekdayMention>();
        foreach (var unit in text.Units)
        {
            dates.AddRange(Dates(unit));
            weekdays.AddRange(_patterns.Weekday.Matches(unit.Normalized).Select(m => new WeekdayMention(
                _patterns.WeekdayOf(m.Groups["w"].Value), _patterns.RelativeDay(m.Groups["r"].Value), m.Value)));
        }
        return new DateClues(dates, weekdays);
    }

    private IEnumerable<DateCandidate> Dates(TextUnit unit)
    {
        var found = new List<(int Index, DateOnly Date, string Text)>();
        void Add(Match m, int year, int month, int day)
        {
            if (year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                && !found.Any(f => m.Index < f.Index + f.Text.Length && f.Index < m.Index + m.Length))
                found.Add((m.Index, new DateOnly(year, month, day), m.Value));
        }
        foreach (Match m in _patterns.DayMonthYear.Matches(unit.Normalized))
        {
            var month = _patterns.Month(m.Groups["m"].Value);
            // سبتمبر/أيلول names one month twice; two different months is not a date we can trust.
            if (m.Groups["m2"].Success && _patterns.Month(m.Groups["m2"].Value) != month)
                continue;
            Add(m, Number(m, "y"), month, Number(m, "d"));
        }
        foreach (Match m in _patterns.MonthDayYear.Matches(unit.Normalized))
            Add(m, Number(m, "y"), _patterns.Month(m.Groups["m"].Value), Number(m, "d"));
        foreach (Match m in _patterns.YearMonthDay.Matches(unit.Normalized))
            Add(m, Number(m, "y"), Number(m, "m"), Number(m, "d"));
        foreach (Match m in _patterns.NumericDate.Matches(unit.Normalized))
        {
            int a = Number(m, "a"), b = Number(m, "b");
            var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            Add(m, Number(m, "y"), month, day);
        }
        return found.OrderBy(f => f.Index).Select(f => new DateCandidate(f.Date, unit.Part, unit.Position, f.Text.Trim(),
            unit.IsLead || unit.Part != TextPart.Paragraph));
    }

    private static int Number(Match m, string group) => DatePatterns.Number(m.Groups[group].Value);
}
