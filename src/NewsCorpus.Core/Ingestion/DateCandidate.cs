namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// A full date written in the article (<c>05 September 2016</c>, <c>28/9/2015</c>), where it was found, and whether
/// that place is the lead (title, dateline, first paragraphs) rather than background.
/// </summary>
public sealed record DateCandidate(DateOnly Date, TextPart Part, int Position, string Text, bool InLead = true)
{
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

/// <summary>Every date and weekday an article states, before they are weighed.</summary>
public sealed record DateClues(IReadOnlyList<DateCandidate> Dates, IReadOnlyList<WeekdayMention> Weekdays)
{
    public static readonly DateClues None = new([], []);
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
