namespace NewsCorpus.Core.Catalog;

/// <summary>The bilingual gazetteer of people, places and organisations (<c>data/entities.json</c>).</summary>
public sealed class EntityGazetteer
{
    private readonly Dictionary<string, Entity> _byId;

    public EntityGazetteer(IReadOnlyList<Entity> entities)
    {
        Entities = entities;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Entity> Entities { get; }

    public Entity? Find(string id) => _byId.GetValueOrDefault(id);

    public static EntityGazetteer Load(string catalogDir) =>
        new(CatalogJson.Read<EntitiesFile>(catalogDir, "entities.json").Entities);

    private sealed record EntitiesFile(IReadOnlyList<Entity> Entities);
}
