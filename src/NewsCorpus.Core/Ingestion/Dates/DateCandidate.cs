namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// A full date written in the article (<c>05 September 2016</c>, <c>28/9/2015</c>), where it was found, and whether
/// that place is the lead (title, dateline, first paragraphs) rather than background.
/// </summary>
public sealed record DateCandidate(DateOnly Date, TextPart Part, int Position, string Text, bool InLead = true)
{
    /// <summary>True when the text gave day and month only and the year came from the summit.</summary>
    public bool YearInferred { get; init; }

    /// <summary>
    /// True when a relative day stands right before the date (<c>اليوم الأحد 2 أغسطس</c>, <c>أمس 25 شوال</c>): the
    /// writer dates the text by it. A date in running text without one is usually the day of something reported
    /// (an election next year, a war in 1990, last March's decision), not the day of writing.
    /// </summary>
    public bool Anchored { get; init; }

    /// <summary>Whether the weekday written beside the date (<c>الاثنين 16 يوليو 2018</c>) is its day; null when none is.</summary>
    public bool? WeekdayFits { get; init; }

    /// <summary>The <see cref="Article.DateSource"/> name of where the date was written.</summary>
    public string Source => Part switch
    {
        TextPart.Caption => DateSources.Caption,
        TextPart.Published => DateSources.Published,
        _ => DateSources.Text,
    };
}

/// <summary>
/// A weekday placed relative to the day of writing: <c>اليوم الأربعاء</c> (offset 0: the article's day is a
/// Wednesday), <c>أمس الأحد</c> (offset −1: the day before it was a Sunday).
/// </summary>
public sealed record WeekdayMention(DayOfWeek Day, int Offset, string Text)
{
    /// <summary>True when <paramref name="articleDay"/> fits this mention.</summary>
    public bool Fits(DateOnly articleDay) => articleDay.AddDays(Offset).DayOfWeek == Day;
}

/// <summary>
/// A day and month written without a year (<c>16 يونيو/حزيران الجاري</c>); <see cref="Written"/> holds it as a
/// candidate dated in a leap year, until a summit supplies the year.
/// </summary>
public sealed record YearlessDate(int Month, int Day, DateCandidate Written)
{
    /// <summary>Days from the article's day to the written day (<c>أمس 16 يوليو</c>: −1, the article is of the 17th).</summary>
    public int Offset { get; init; }

    /// <summary>The candidate this day and month make in <paramref name="year"/>, or null when the day does not exist then.</summary>
    public DateCandidate? In(int year) =>
        Day <= DateTime.DaysInMonth(year, Month)
            ? Written with { Date = new DateOnly(year, Month, Day).AddDays(-Offset), YearInferred = true }
            : null;
}

/// <summary>Every date and weekday an article states, before they are weighed.</summary>
public sealed record DateClues(IReadOnlyList<DateCandidate> Dates, IReadOnlyList<WeekdayMention> Weekdays)
{
    public static readonly DateClues None = new([], []);

    /// <summary>Day-month dates without a year; they count once a summit gives the year.</summary>
    public IReadOnlyList<YearlessDate> Yearless { get; init; } = [];
}

/// <summary>The values of <see cref="Article.DateSource"/>.</summary>
public static class DateSources
{
    public const string Caption = "caption";
    public const string Text = "text";
    public const string Published = "published";
    public const string Summit = "summit";
    /// <summary>Set by an editor's correction.</summary>
    public const string Editor = "editor";
}
