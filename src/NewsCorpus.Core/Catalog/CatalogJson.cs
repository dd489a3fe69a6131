using System.Text.Json;

namespace NewsCorpus.Core.Catalog;

/// <summary>Reads an editor-maintained JSON file from the catalog folder, with errors that name the file and line.</summary>
internal static class CatalogJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A forgotten field or a null is refused with its line here, not met later as a crash in the parser.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static T Read<T>(string catalogDir, string fileName)
    {
        var path = Path.Combine(catalogDir, fileName);
        if (!File.Exists(path))
            throw new CatalogException(path, null, "the file is missing");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new CatalogException(path, null, "the file holds null instead of the catalog");
        }
        catch (JsonException e)
        {
            throw new CatalogException(path, e.LineNumber + 1, JsonProblem.Describe(e), e);
        }
    }
}
