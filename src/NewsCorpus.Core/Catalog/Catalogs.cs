namespace NewsCorpus.Core.Catalog;

/// <summary>Every editable data file under <c>data/</c>, loaded once at start-up.</summary>
public sealed record Catalogs(
    SummitCatalog Summits,
    EntityGazetteer Entities,
    SourceCatalog Sources,
    BoilerplatePhrases Boilerplate,
    CalendarNames Calendar,
    VariantGroups Variants)
{
    public static Catalogs Load(string catalogDir) => new(
        SummitCatalog.Load(catalogDir),
        EntityGazetteer.Load(catalogDir),
        SourceCatalog.Load(catalogDir),
        BoilerplatePhrases.Load(catalogDir),
        CalendarNames.Load(catalogDir),
        VariantGroups.Load(catalogDir));
}
