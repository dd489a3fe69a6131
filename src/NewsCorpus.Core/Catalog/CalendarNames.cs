namespace NewsCorpus.Core.Catalog;

/// <summary>
/// Month and weekday names in every Arabic system and in English (<c>data/months.json</c>), and the words that
/// place a weekday relative to the day of writing (<c>اليوم</c> 0, <c>أمس</c> −1), and days written as ordinal
/// words (<c>الخامس من سبتمبر</c>); the Hijri months (<c>5 ربيع الآخر 1429 هـ</c>), and the words before a date that
/// make it another event's date (a treaty's expiry, an inauguration).
/// </summary>
public sealed record CalendarNames(
    IReadOnlyList<CalendarName> Months,
    IReadOnlyList<CalendarName> Weekdays,
    IReadOnlyList<CalendarName>? RelativeDays = null,
    IReadOnlyList<CalendarName>? DayOrdinals = null,
    IReadOnlyList<CalendarName>? HijriMonths = null,
    IReadOnlyList<string>? HijriYearMarkers = null,
    IReadOnlyList<string>? OtherEventMarkers = null)
{
    public static CalendarNames Load(string catalogDir) => CatalogJson.Read<CalendarNames>(catalogDir, "months.json");
}

/// <summary>A month (1–12), weekday (0 = Sunday, as <see cref="DayOfWeek"/>) or relative day (offset in days) and its names.</summary>
public sealed record CalendarName(int Number, IReadOnlyList<string> Names);
