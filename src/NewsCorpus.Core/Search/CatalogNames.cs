using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Resolves what a user types after <c>person:</c>, <c>source:</c> or <c>summit:</c> (or passes as a filter) to a
/// catalog id: the id itself or any name or alias, in either script and any spelling the normalizer folds.
/// </summary>
public sealed class CatalogNames
{
    public static readonly CatalogNames Empty = new(new EntityGazetteer([]), new SourceCatalog([]));

    private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _summits = new(StringComparer.Ordinal);

    public CatalogNames(Catalogs catalogs) : this(catalogs.Entities, catalogs.Sources, catalogs.Summits)
    {
    }

    public CatalogNames(EntityGazetteer entities, SourceCatalog sources, SummitCatalog? summits = null)
    {
        foreach (var summit in summits?.Summits ?? [])
            AddAll(_summits, summit.Id, [summit.Id, summit.NameAr, summit.NameEn, .. summit.Aliases]);
        foreach (var person in entities.Entities.Where(e => e.Type == Entity.Person))
            AddAll(_people, person.Id, [person.Id, person.NameAr, person.NameEn, .. person.AliasesAr, .. person.AliasesEn]);
        foreach (var source in sources.Sources)
            AddAll(_sources, source.Id, [source.Id, source.NameAr, source.NameEn, .. source.Aliases]);
    }

    /// <summary>True when no catalog was given (tests, tools): then no name can be called unknown.</summary>
    public bool IsEmpty => _people.Count == 0 && _sources.Count == 0 && _summits.Count == 0;

    public string? PersonId(string name) => _people.GetValueOrDefault(Key(name));

    public string? SourceId(string name) => _sources.GetValueOrDefault(Key(name));

    public string? SummitId(string name) => _summits.GetValueOrDefault(Key(name));

    private static void AddAll(Dictionary<string, string> map, string id, IEnumerable<string> names)
    {
        foreach (var name in names)
            map.TryAdd(Key(name), id);
    }

    private static string Key(string name) => string.Join(' ', ArabicNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
