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
    /// <summary>A hash of the data files' bytes: it changes whenever an editor changes any catalog.</summary>
    public string Fingerprint { get; init; } = "";

    public static Catalogs Load(string catalogDir)
    {
        try
        {
            return new(
                SummitCatalog.Load(catalogDir),
                EntityGazetteer.Load(catalogDir),
                SourceCatalog.Load(catalogDir),
                BoilerplatePhrases.Load(catalogDir),
                CalendarNames.Load(catalogDir),
                VariantGroups.Load(catalogDir))
            {
                Fingerprint = FingerprintOf(catalogDir),
            };
        }
        catch (CatalogException e)
        {
            throw e.InFolder(catalogDir);
        }
    }

    private static string FingerprintOf(string catalogDir)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(catalogDir).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
