namespace NewsCorpus.Core.Catalog;

/// <summary>A person, place or organisation from <c>data/entities.json</c>, with its spellings in both scripts.</summary>
public sealed record Entity(
    string Id,
    string Type,
    string NameAr,
    string NameEn,
    IReadOnlyList<string> AliasesAr,
    IReadOnlyList<string> AliasesEn)
{
    public const string Person = "person";
    public const string Place = "place";
    public const string Organization = "organization";
}
