using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// A line that is only a date stamp — <c>الاثنين 16 يوليو 2018</c>, <c>2016-09-05 10:30 GMT</c> — as pages print
/// above an article. It dates the article like a "published on" line and is not a paragraph.
/// </summary>
internal sealed partial class DateOnlyLine(CalendarNames calendar)
{
    // What may stand beside the date: a weekday, a time, "الساعة", a time zone.
    private const int MaxOtherWords = 2;
    // A stamp is its date, weekday and time and at most two other words: however the date is written, far fewer than
    // this. A longer line is a paragraph, settled before it is normalized and matched (every page's first paragraph
    // is asked).
    private const int MaxStampWords = 16;
    private readonly DatePatterns _patterns = new(calendar);

    public bool Is(string line)
    {
        if (LineShape.HasMoreWordsThan(line, MaxStampWords))
            return false;
        var folded = ArabicNormalizer.Normalize(line);
        // Every pattern below needs a year.
        if (!DatePatterns.MayHoldYear(folded) && !DatePatterns.MayHoldHijriYear(folded))
            return false;
        var rest = folded;
        var found = false;
        // A pattern that needs a month name the line does not hold cannot match (replacing matches adds none).
        var monthNamed = _patterns.MonthWord.IsMatch(folded);
        var hijriMonthNamed = _patterns.HijriMonthWord.IsMatch(folded);
        void Remove(Func<string, bool> isMatch, Func<string, string> replace)
        {
            if (!isMatch(rest))
                return;
            found = true;
            rest = replace(rest);
        }
        if (monthNamed)
        {
            Remove(_patterns.DayMonthYear.IsMatch, t => _patterns.DayMonthYear.Replace(t, " "));
            Remove(_patterns.MonthDayYear.IsMatch, t => _patterns.MonthDayYear.Replace(t, " "));
        }
        Remove(_patterns.YearMonthDay.IsMatch, t => _patterns.YearMonthDay.Replace(t, " "));
        Remove(_patterns.NumericDate.IsMatch, t => _patterns.NumericDate.Replace(t, " "));
        if (hijriMonthNamed)
            Remove(_patterns.HijriDate.IsMatch, t => _patterns.HijriDate.Replace(t, " "));
        if (!found)
            return false;
        rest = _patterns.BareWeekday.Replace(rest, " ");
        rest = Time().Replace(rest, " ");
        return !LineShape.HasMoreWordsThan(rest, MaxOtherWords);
    }

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?")]
    private static partial Regex Time();
}
