using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Catalog;

/// <summary>
/// Says what a <see cref="JsonException"/> found wrong in an editor's words: the JSON path instead of a .NET type,
/// "a date written YYYY-MM-DD" instead of <c>System.DateOnly</c>.
/// </summary>
internal static partial class JsonProblem
{
    public static string Describe(JsonException e)
    {
        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (at {e.Path.TrimStart('$', '.')})";
        var message = Trailer().Replace(e.Message, "");
        if (ConversionFailed().Match(message) is { Success: true } conversion)
            return $"a value{where} is not {ValueWords(conversion.Groups["type"].Value)}";
        if (MissingProperties().Match(message) is { Success: true } missing)
            return $"an entry{where} lacks {missing.Groups["names"].Value}";
        if (NullNotAllowed().Match(message) is { Success: true } nulled)
            return $"'{nulled.Groups["name"].Value}'{where} must have a value, not null";
        return $"{TypeName().Replace(message, m => ValueWords(m.Value))}{where}";
    }

    private static string ValueWords(string type) => type.Trim('\'') switch
    {
        var t when t.Contains("DateOnly", StringComparison.Ordinal) => "a date written YYYY-MM-DD",
        var t when t.Contains("String", StringComparison.Ordinal) && !t.Contains('`', StringComparison.Ordinal) => "text in quotes",
        var t when t.Contains("Int", StringComparison.Ordinal) || t.Contains("Double", StringComparison.Ordinal) => "a number",
        var t when t.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        var t when t.Contains("List", StringComparison.Ordinal) || t.Contains("[]", StringComparison.Ordinal) => "a list in [ ]",
        _ => "an object in { }",
    };

    [GeneratedRegex(@"\s*(Path: .*|LineNumber: .*)$", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"could not be converted to (?<type>\S+)")]
    private static partial Regex ConversionFailed();

    [GeneratedRegex(@"missing required properties,? including: (?<names>.+?)\.?$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"parameter '(?<name>[^']+)' on type '[^']+' doesn't allow null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"'?(System|NewsCorpus)\.[\w.`\[\],]+'?")]
    private static partial Regex TypeName();
}
