using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsCorpus.Cli;

/// <summary>JSON output: snake_case names (the documented contract) and Arabic printed as itself, not escaped.</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Write<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Options));
}
