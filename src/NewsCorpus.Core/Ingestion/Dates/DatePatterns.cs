using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// Regular expressions for dates over normalized text (Eastern digits already ASCII, Latin lowercased), built
/// from the month, weekday and relative-day names of <c>data/months.json</c>.
/// </summary>
internal sealed class DatePatterns
{
    internal const string NotAfterWord = @"(?<![\p{L}\p{N}])";
    private const string NotBeforeLetter = @"(?![\p{L}])";
    private const string Year = @"(?<y>(?:19|20)\d{2})(?!\d)";
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private readonly Dictionary<string, int> _months;
    private readonly Dictionary<string, int> _weekdays;
    private readonly Dictionary<string, int> _relativeDays;
    private readonly Dictionary<string, int> _dayOrdinals;
    private readonly Dictionary<string, int> _hijriMonths;
    private readonly string[] _weekdayFirstWords;

    public DatePatterns(CalendarNames calendar)
    {
        _months = NameTable(calendar.Months);
        _weekdays = NameTable(calendar.Weekdays);
        _relativeDays = NameTable(calendar.RelativeDays ?? []);
        _dayOrdinals = NameTable(calendar.DayOrdinals ?? []);
        _hijriMonths = NameTable(calendar.HijriMonths ?? []);
        var month = Alternation(_months.Keys);
        MonthWord = new Regex(FirstWords(_months.Keys), Options);
        HijriMonthWord = new Regex(FirstWords(_hijriMonths.Keys), Options);
        var weekday = Alternation(_weekdays.Keys);
        _weekdayFirstWords = FirstWordsOf(_weekdays.Keys);
        var relative = Alternation(_relativeDays.Keys);
        // 5 سبتمبر 2016 · 5 سبتمبر/أيلول 2016 · 28 أيلول (سبتمبر) 2015 · 5 من شهر حزيران عام 2016 · 05 September 2016
        // · الخامس من سبتمبر 2016 (an ordinal day only with a year: "الأول من" is too common a phrase to date alone)
        DayMonthYear = Anchored(new Regex(
            $@"{NotAfterWord}(?:(?<d>\d{{1,2}})(?:st|nd|rd|th)?|(?<dw>{Alternation(_dayOrdinals.Keys)}){NotBeforeLetter})\s*(?:من\s+)?(?:شهر\s+)?(?<m>{month}){NotBeforeLetter}\.?" +
            $@"(?:\s*[/\\(-]?\s*(?<m2>{month}){NotBeforeLetter}\s*\)?)?\s*[,،]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?{Year}",
            Options), MonthWord);
        // 16 يونيو/حزيران الجاري: day and month, the year left to the context
        DayMonth = Anchored(new Regex(
            $@"{NotAfterWord}(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?(?:شهر\s+)?(?<m>{month}){NotBeforeLetter}" +
            $@"(?:\s*[/\\(-]?\s*(?<m2>{month}){NotBeforeLetter}\s*\)?)?", Options), MonthWord);
        // September 5, 2016 · Sept. 5th 2016
        MonthDayYear = Anchored(new Regex(
            $@"{NotAfterWord}(?<m>{month}){NotBeforeLetter}\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s+{Year}", Options), MonthWord);
        // 2016-09-05 · 2016/9/5
        YearMonthDay = new Regex(@"(?<![\d/.-])" + @"(?<y>(?:19|20)\d{2})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d|[/.-]\d)", Options);
        // 28/9/2015 · 28-09-2015 · 28.9.2015 (day first, as Arabic outlets write; month first only when the day says so)
        NumericDate = new Regex(@"(?<![\d/.-])" + @"(?<a>\d{1,2})(?<s>[-/.])(?<b>\d{1,2})\k<s>" + Year + @"(?![/.-]\d)", Options);
        // 5 ربيع الآخر 1429 هـ · الثاني والعشرين من رمضان 1436هـ · 12 شوال عام 1436 (a Hijri year is 13xx or 14xx)
        var markers = Alternation((calendar.HijriYearMarkers ?? []).Select(m => ArabicNormalizer.Normalize(m).ToLowerInvariant()));
        HijriDate = Anchored(new Regex(
            $@"{NotAfterWord}(?:(?<d>\d{{1,2}})|(?<dw>{Alternation(_dayOrdinals.Keys)}){NotBeforeLetter})\s*(?:من\s+)?(?:شهر\s+)?(?<m>{Alternation(_hijriMonths.Keys)}){NotBeforeLetter}" +
            $@"\s*[,،]?\s*(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?(?<y>1[34]\d{{2}})(?!\d)(?:\s*{markers}{NotBeforeLetter})?", Options), HijriMonthWord);
        // What may stand right before a date: أمس الإثنين · اليوم الأربعاء، · يوم الخميس الموافق · (a weekday, a relative day, or both)
        DayBefore = new Regex(
            $@"(?:{NotAfterWord}[وف]?(?<r>{relative})\s+)?(?:{NotAfterWord}يوم\s+)?(?:{NotAfterWord}(?<w>{weekday}){NotBeforeLetter}\s*[,،-]?\s*)?(?:(?:الموافق|في|يوم)\s+)?\(?\s*$", Options);
        // A year as dates and years are written: سبتمبر 2016 · سبتمبر/أيلول 2016 · عام 2012 · في 2016 (not "لعام 2030", a target)
        YearMention = new AnchoredPattern(new Regex(
            $@"{NotAfterWord}(?:(?:عام|العام|سنه|في)\s+|(?<m>{month}){NotBeforeLetter}\.?(?:\s*[/\\(-]?\s*{month}{NotBeforeLetter}\s*\)?)?\s*[,،]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?){Year}",
            Options),
            YearStart, 2 * _months.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max() + ".".Length + "/".Length + ")".Length + "،".Length + "من".Length + "العام".Length);
        BareWeekday = new Regex($@"{NotAfterWord}{weekday}{NotBeforeLetter}", Options);
        // اليوم الأربعاء · واليوم الأربعاء · وأمس الأحد: "and" or "so" may be attached to the relative day.
        Weekday = new Regex(
            $@"{NotAfterWord}[وف]?(?<r>{relative})\s+(?<w>{weekday}){NotBeforeLetter}", Options);
    }

    /// <summary>
    /// The first word of a month name, anywhere: every pattern that needs a month name needs one of these, and a
    /// search for a set of words alone is far cheaper than those patterns, which may start at any Arabic letter.
    /// </summary>
    public Regex MonthWord { get; }
    /// <summary>The first word of a Hijri month name, anywhere: <see cref="HijriDate"/> needs one.</summary>
    public Regex HijriMonthWord { get; }
    public AnchoredPattern DayMonthYear { get; }
    public AnchoredPattern DayMonth { get; }
    public AnchoredPattern MonthDayYear { get; }
    public Regex YearMonthDay { get; }
    public Regex NumericDate { get; }
    public Regex Weekday { get; }
    /// <summary>A Hijri date: day (digits or ordinal word), Hijri month, Hijri year, an optional هـ.</summary>
    public AnchoredPattern HijriDate { get; }
    /// <summary>Matches at the end of the text before a date: the weekday and relative day written for it.</summary>
    public Regex DayBefore { get; }
    /// <summary>
    /// A year written as part of a date or after "عام"/"في": the years a sentence is about. Searched only before each
    /// year (<see cref="YearStart"/>): before it a match holds at most two month names, "من", "العام" and punctuation.
    /// </summary>
    public AnchoredPattern YearMention { get; }

    /// <summary>Where a year as the patterns write it may start (<c>19</c> or <c>20</c>, two digits, no third).</summary>
    private static readonly Regex YearStart = new(@"(?:19|20)\d{2}(?!\d)", Options);
    /// <summary>A weekday name on its own (<c>الاثنين</c>), without the "today"/"yesterday" that dates it.</summary>
    public Regex BareWeekday { get; }

    // Most lines hold no year at all, and running every date pattern over them was most of the date steps' time:
    // these say, by a plain search, when a pattern cannot match, so it is not run. Same answers, far cheaper.

    /// <summary>
    /// False when <paramref name="text"/> cannot hold a Gregorian year as the patterns write it (<c>19</c> or <c>20</c>
    /// and two digits), so no pattern that needs one can match.
    /// </summary>
    public static bool MayHoldYear(string text) =>
        text.Contains("19", StringComparison.Ordinal) || text.Contains("20", StringComparison.Ordinal);

    /// <summary>False when <paramref name="text"/> cannot hold a Hijri year (<c>13</c> or <c>14</c> and two digits).</summary>
    public static bool MayHoldHijriYear(string text) =>
        text.Contains("13", StringComparison.Ordinal) || text.Contains("14", StringComparison.Ordinal);

    /// <summary>
    /// False when <paramref name="text"/> holds no weekday name's first word, so <see cref="Weekday"/> cannot match: a
    /// plain search for a few words instead of the pattern, which the engine tries at every و, ف and first letter of a
    /// relative day (ا of اليوم and امس among them); most units name no weekday.
    /// </summary>
    public bool MayHoldWeekday(string text)
    {
        foreach (var word in _weekdayFirstWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public int Month(string name) => _months[Collapse(name)];
    public DayOfWeek WeekdayOf(string name) => (DayOfWeek)_weekdays[Collapse(name)];
    public int RelativeDay(string name) => _relativeDays[Collapse(name)];
    public int HijriMonth(string name) => _hijriMonths[Collapse(name)];

    /// <summary>The day of a date match, written in digits or as an ordinal word.</summary>
    public int Day(Match m) => m.Groups["d"].Success ? Number(m.Groups["d"].Value) : _dayOrdinals[Collapse(m.Groups["dw"].Value)];

    public static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// A pattern with a month name in it, searched only around month words. Before its month a match holds at most
    /// a day (two digits and "th", or an ordinal word), "من" and "شهر", besides white space.
    /// </summary>
    private AnchoredPattern Anchored(Regex pattern, Regex monthWord) =>
        new(pattern, monthWord, Math.Max("12th".Length, _dayOrdinals.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max()) + "من".Length + "شهر".Length);

    private static Dictionary<string, int> NameTable(IEnumerable<CalendarName> names)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in names)
        {
            foreach (var name in entry.Names)
                table.TryAdd(Collapse(ArabicNormalizer.Normalize(name)), entry.Number);
        }
        return table;
    }

    /// <summary>Names are looked up with their inner spaces collapsed, as the regex lets any run of spaces through.</summary>
    private static string Collapse(string name) => Regex.Replace(name.Trim(), @"\s+", " ");

    private static string FirstWords(IEnumerable<string> names) => Alternation(FirstWordsOf(names));

    private static string[] FirstWordsOf(IEnumerable<string> names) =>
        [.. names.Select(n => n.Split(' ')[0]).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Longest names first, so <c>مايو</c> is tried before <c>ماي</c>; inner spaces match any run of spaces.</summary>
    private static string Alternation(IEnumerable<string> names)
    {
        var escaped = names.OrderByDescending(n => n.Length)
            .Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal)).ToList();
        // No names: a group that never matches, rather than an empty one that matches everywhere.
        return escaped.Count == 0 ? "(?!)" : "(?:" + string.Join("|", escaped) + ")";
    }
}
