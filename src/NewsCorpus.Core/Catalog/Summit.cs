namespace NewsCorpus.Core.Catalog;

/// <summary>A US–Russian presidential meeting as described in <c>data/summits.json</c>. The id is a stable URL slug.</summary>
public sealed record Summit(
    string Id,
    string NameAr,
    string NameEn,
    string Forum,
    string CityAr,
    string CityEn,
    string CountryAr,
    string CountryEn,
    DateOnly Start,
    DateOnly End,
    DateOnly MeetingDate,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> PlaceAliases,
    IReadOnlyList<string> Aliases)
{
    /// <summary>How far from a summit a report may be dated and still be about it (eves, reactions, follow-ups).</summary>
    public const int FollowUpDays = 45;

    /// <summary>True when <paramref name="date"/> is within <see cref="FollowUpDays"/> of the summit's days.</summary>
    public bool IsFollowUpDate(DateOnly date) => date >= Start.AddDays(-FollowUpDays) && date <= End.AddDays(FollowUpDays);
}

/// <summary>A forum (G8, G20, APEC, UN General Assembly, bilateral) and the phrases that name it.</summary>
public sealed record Forum(string Id, string NameAr, string NameEn, IReadOnlyList<string> Aliases);
