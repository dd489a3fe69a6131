using System.Text.Json;

namespace NewsCorpus.Core.Catalog;

/// <summary>Reads an editor-maintained JSON file from the catalog folder, with errors that name the file.</summary>
internal static class CatalogJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Read<T>(string catalogDir, string fileName)
    {
        var path = Path.Combine(catalogDir, fileName);
        if (!File.Exists(path))
            throw new InvalidOperationException($"Catalog file {path} is missing.");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new InvalidOperationException($"Catalog file {path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Catalog file {path} is not valid: {e.Message}", e);
        }
    }
}
