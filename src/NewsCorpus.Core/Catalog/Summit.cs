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
    IReadOnlyList<string> Aliases);

/// <summary>A forum (G8, G20, APEC, UN General Assembly, bilateral) and the phrases that name it.</summary>
public sealed record Forum(string Id, string NameAr, string NameEn, IReadOnlyList<string> Aliases);
