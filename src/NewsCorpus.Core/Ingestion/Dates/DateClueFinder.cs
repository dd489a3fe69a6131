using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// Finds the dates and relative weekdays an article states, in every format Arabic outlets use: Arabic month
/// names of both systems alone or combined, English captions, numeric and ISO dates, Hijri dates, any digit script;
/// and day-month dates without a year (<c>16 يونيو/حزيران الجاري</c>). A year alone (<c>منذ عام 2013</c>) is not a
/// date. A date after a relative day is that day, so the article is dated from it (<c>أمس الإثنين 16 يوليو</c>: the
/// 17th); a weekday written beside a date is checked against it; a date after a word of another event (a treaty that
/// expires, an inauguration, a newspaper's issue) is that event's and is left out.
/// </summary>
public sealed class DateClueFinder(CalendarNames calendar)
{
    /// <summary>How many words before a date are read for another event's marker.</summary>
    private const int OtherEventWords = 6;
    /// <summary>A Hijri date this close to a Gregorian date beside it is the same day in a calendar that may differ by one.</summary>
    private const int SameDayInTwoCalendars = 2;
    /// <summary>How far before a date a weekday or relative day is looked for (<c>أمس الإثنين، الموافق </c>).</summary>
    private const int DayBeforeChars = 40;
    /// <summary>How many words a dateline's place may take before its date (<c>القدس المحتلة،</c>).</summary>
    private const int DatelinePlaceWords = 3;
    private readonly PhraseList _otherEvent = new(calendar.OtherEventMarkers ?? []);
    private const int MinYear = 1990;
    private const int MaxYear = 2100;
    /// <summary>
    /// Without a year, a short month name after a number is too often something else (English "5 may", Arabic
    /// آب "father"), so a yearless date needs a month name this long.
    /// </summary>
    private const int MinYearlessMonthName = 4;
    private readonly DatePatterns _patterns = new(calendar);

    public DateClues Find(ArticleText text)
    {
        var dates = new List<DateCandidate>();
        var yearless = new List<YearlessDate>();
        var weekdays = new List<WeekdayMention>();
        foreach (var unit in text.Units)
        {
            // Found once for the unit's three month-name patterns; a unit without a digit holds none of their dates.
            var months = LineShape.HasDigit(unit.Normalized)
                ? AnchorPositions.In(_patterns.MonthWord, unit.Normalized)
                : AnchorPositions.None(_patterns.MonthWord, unit.Normalized);
            var found = FullDates(unit, months);
            dates.AddRange(found.Where(f => !AnotherEvent(unit, f.Match)).Select(f => Anchored(unit, f.Match, f.Date)));
            yearless.AddRange(Yearless(unit, months, found.Select(f => f.Match).ToList()));
            if (_patterns.MayHoldWeekday(unit.Normalized))
            {
                weekdays.AddRange(_patterns.Weekday.Matches(unit.Normalized).Select(m => new WeekdayMention(
                    _patterns.WeekdayOf(m.Groups["w"].Value), _patterns.RelativeDay(m.Groups["r"].Value), m.Value)));
            }
        }
        return new DateClues(dates, weekdays) { Yearless = yearless };
    }

    private List<(Match Match, DateOnly Date)> FullDates(TextUnit unit, AnchorPositions months)
    {
        var found = new List<(Match Match, DateOnly Date)>();
        void Add(Match m, int year, int month, int day)
        {
            if (year is >= MinYear and <= MaxYear && IsDay(year, month, day) && !Overlaps(m, found.Select(f => f.Match)))
                found.Add((m, new DateOnly(year, month, day)));
        }
        if (DatePatterns.MayHoldYear(unit.Normalized))
        {
            if (months.Any)
            {
                foreach (Match m in _patterns.DayMonthYear.Matches(months))
                {
                    if (SameMonthTwice(m) is { } month)
                        Add(m, Number(m, "y"), month, _patterns.Day(m));
                }
                foreach (Match m in _patterns.MonthDayYear.Matches(months))
                    Add(m, Number(m, "y"), _patterns.Month(m.Groups["m"].Value), Number(m, "d"));
            }
            foreach (Match m in _patterns.YearMonthDay.Matches(unit.Normalized))
                Add(m, Number(m, "y"), Number(m, "m"), Number(m, "d"));
            foreach (Match m in _patterns.NumericDate.Matches(unit.Normalized))
            {
                int a = Number(m, "a"), b = Number(m, "b");
                var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
                Add(m, Number(m, "y"), month, day);
            }
        }
        if (!DatePatterns.MayHoldHijriYear(unit.Normalized) || !_patterns.HijriMonthWord.IsMatch(unit.Normalized))
            return found.OrderBy(f => f.Match.Index).ToList();
        var gregorian = found.Select(f => f.Date).ToList();
        foreach (Match m in _patterns.HijriDate.Matches(unit.Normalized))
        {
            // The Gregorian date printed beside it (… الموافق 11 أبريل 2008) says the same and needs no conversion.
            if (HijriDates.ToGregorian(Number(m, "y"), _patterns.HijriMonth(m.Groups["m"].Value), _patterns.Day(m)) is { } date
                && !gregorian.Any(g => Math.Abs(g.DayNumber - date.DayNumber) <= SameDayInTwoCalendars)
                && !Overlaps(m, found.Select(f => f.Match)))
                found.Add((m, date));
        }
        return found.OrderBy(f => f.Match.Index).ToList();
    }

    /// <summary>
    /// The candidate a date makes, read with the weekday and relative day written before it: after <c>أمس</c> the
    /// article is of the next day; a weekday that is not the date's day is noted, and the date loses.
    /// </summary>
    private DateCandidate Anchored(TextUnit unit, Match m, DateOnly written)
    {
        var before = DayBefore(unit, m);
        // The dateline's place ends before the weekday written with the date (الرياض، الأحد 2 أغسطس 2015 -).
        var dayStart = before.Success && before.Length > 0 ? DayBeforeStart(m) + before.Index : m.Index;
        var candidate = Candidate(unit, written, m.Value) with { Anchored = OpensText(unit, dayStart) };
        if (!before.Success || before.Length == 0)
            return candidate;
        var offset = before.Groups["r"].Success ? _patterns.RelativeDay(before.Groups["r"].Value) : 0;
        bool? fits = before.Groups["w"].Success ? _patterns.WeekdayOf(before.Groups["w"].Value) == written.DayOfWeek : null;
        return candidate with
        {
            Date = written.AddDays(-offset),
            Text = (before.Value + m.Value).Trim(),
            WeekdayFits = fits,
            Anchored = candidate.Anchored || before.Groups["r"].Success,
        };
    }

    /// <summary>
    /// A date opening the first paragraph, alone or after a place and its comma or dash (<c>واشنطن، 12 مارس 2018 - …</c>) is a dateline run
    /// into the text: the day of writing.
    /// </summary>
    private static bool OpensText(TextUnit unit, int dateStart)
    {
        if (unit.Part != TextPart.Paragraph || unit.IndexInPart != 0)
            return false;
        var place = unit.Normalized[..dateStart].TrimEnd();
        return place.Length == 0
            || (place[^1] is ',' or '،' or '-' or '–' or '—' or ':'
                && place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= DatelinePlaceWords);
    }

    private Match DayBefore(TextUnit unit, Match m) =>
        _patterns.DayBefore.Match(unit.Normalized[DayBeforeStart(m)..m.Index]);

    private static int DayBeforeStart(Match m) => Math.Max(0, m.Index - DayBeforeChars);

    private bool AnotherEvent(TextUnit unit, Match m)
    {
        // "and"/"so" attached to the marker (وتنتهي) is taken off.
        var words = unit.Normalized[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .TakeLast(OtherEventWords)
            .Select(w => w.Length > 3 && w[0] is 'و' or 'ف' ? w[1..] : w);
        return _otherEvent.OccursIn(string.Join(' ', words));
    }

    private IEnumerable<YearlessDate> Yearless(TextUnit unit, AnchorPositions months, List<Match> fullDates)
    {
        if (!months.Any)
            yield break;
        foreach (Match m in _patterns.DayMonth.Matches(months))
        {
            if (m.Groups["m"].Value.Length < MinYearlessMonthName || Overlaps(m, fullDates) || SameMonthTwice(m) is not { } month)
                continue;
            var day = Number(m, "d");
            var before = DayBefore(unit, m);
            var offset = before.Success && before.Groups["r"].Success ? _patterns.RelativeDay(before.Groups["r"].Value) : 0;
            // A leap year, so that 29 February is allowed until the year is known.
            if (IsDay(2000, month, day) && !AnotherEvent(unit, m))
                yield return new YearlessDate(month, day, Candidate(unit, new DateOnly(2000, month, day), m.Value)) { Offset = offset };
        }
    }

    /// <summary>The month of سبتمبر/أيلول; null when the two names disagree, which is not a date we can trust.</summary>
    private int? SameMonthTwice(Match m)
    {
        var month = _patterns.Month(m.Groups["m"].Value);
        return m.Groups["m2"].Success && _patterns.Month(m.Groups["m2"].Value) != month ? null : month;
    }

    private static DateCandidate Candidate(TextUnit unit, DateOnly date, string text) =>
        new(date, unit.Part, unit.Position, text.Trim(), unit.IsLead || unit.Part != TextPart.Paragraph);

    private static bool IsDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool Overlaps(Match m, IEnumerable<Match> others) =>
        others.Any(o => m.Index < o.Index + o.Length && o.Index < m.Index + m.Length);

    private static int Number(Match m, string group) => DatePatterns.Number(m.Groups[group].Value);
}
