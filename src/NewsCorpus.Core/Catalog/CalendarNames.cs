namespace NewsCorpus.Core.Catalog;

/// <summary>Month and weekday names in every Arabic system and in English (<c>data/months.json</c>).</summary>
public sealed record CalendarNames(IReadOnlyList<CalendarName> Months, IReadOnlyList<CalendarName> Weekdays)
{
    public static CalendarNames Load(string catalogDir) => CatalogJson.Read<CalendarNames>(catalogDir, "months.json");
}

/// <summary>A month (1–12) or weekday (0 = Sunday, as <see cref="DayOfWeek"/>) and its names.</summary>
public sealed record CalendarName(int Number, IReadOnlyList<string> Names);
