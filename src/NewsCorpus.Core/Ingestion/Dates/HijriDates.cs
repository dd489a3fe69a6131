using System.Globalization;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// Hijri dates to Gregorian: Umm al-Qura (<see cref="UmAlQuraCalendar"/>), the civil calendar of Saudi Arabia and of
/// most outlets that print a Hijri date, within its years (1318–1500 AH); the arithmetic <see cref="HijriCalendar"/>
/// outside them. The two may differ by a day, which is why a Gregorian date written beside wins.
/// </summary>
internal static class HijriDates
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Arithmetic = new();

    /// <summary>The Gregorian day, or null when the day does not exist in that Hijri month.</summary>
    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        Calendar calendar = year >= 1318 && year < 1500 ? UmAlQura : Arithmetic;
        if (month is < 1 or > 12 || day < 1 || day > calendar.GetDaysInMonth(year, month))
            return null;
        return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
    }
}
