namespace NewsCorpus.Core.Catalog;

/// <summary>
/// A US–Russian presidential meeting as described in <c>data/summits.json</c>. The id is a stable URL slug.
/// <see cref="OtherPlaces"/> pairs the English name of a place alias that is not the city (<c>Alaska</c>, <c>Belek</c>)
/// with its Arabic spellings, so search can cross scripts for it; every other one-word Arabic place alias is taken as
/// a spelling of the city. <see cref="AmbiguousAliases"/> are place aliases that are also ordinary words (<c>سوشي</c>,
/// sushi), which search does not pair with an English name. <see cref="CountryAliases"/> name the host country, which
/// stands for the place only where the catalog makes it unambiguous.
/// </summary>
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
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? OtherPlaces = null,
    IReadOnlyList<string>? AmbiguousAliases = null,
    IReadOnlyList<string>? CountryAliases = null)
{
    /// <summary>How far from a summit a report may be dated and still be about it (eves, reactions, follow-ups).</summary>
    public const int FollowUpDays = 45;

    /// <summary>True when <paramref name="date"/> is within <see cref="FollowUpDays"/> of the summit's days.</summary>
    public bool IsFollowUpDate(DateOnly date) => date >= Start.AddDays(-FollowUpDays) && date <= End.AddDays(FollowUpDays);

    /// <summary>True when the summit was held in <paramref name="year"/>.</summary>
    public bool HeldIn(int year) => year >= Start.Year && year <= End.Year;
}

/// <summary>A forum (G8, G20, APEC, UN General Assembly, bilateral) and the phrases that name it.</summary>
public sealed record Forum(string Id, string NameAr, string NameEn, IReadOnlyList<string> Aliases);
