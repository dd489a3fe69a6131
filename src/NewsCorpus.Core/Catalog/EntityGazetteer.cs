namespace NewsCorpus.Core.Catalog;

/// <summary>The bilingual gazetteer of people, places and organisations (<c>data/entities.json</c>).</summary>
public sealed class EntityGazetteer
{
    private readonly Dictionary<string, Entity> _byId;

    public EntityGazetteer(IReadOnlyList<Entity> entities, IReadOnlyList<string>? attachedPrefixes = null)
    {
        Entities = entities;
        AttachedPrefixes = attachedPrefixes ?? [];
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Arabic proclitics (و، ب، ل، وب…) a name may carry attached to it: <c>لبوتين</c>, <c>بسوريا</c>.</summary>
    public IReadOnlyList<string> AttachedPrefixes { get; }

    public Entity? Find(string id) => _byId.GetValueOrDefault(id);

    public static EntityGazetteer Load(string catalogDir)
    {
        var file = CatalogJson.Read<EntitiesFile>(catalogDir, "entities.json");
        return new(file.Entities, file.AttachedPrefixes);
    }

    private sealed record EntitiesFile(IReadOnlyList<Entity> Entities, IReadOnlyList<string>? AttachedPrefixes = null);
}
