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
        // The outer message names the object being read; the inner one, when there is one, the value's own type.
        if (ConversionFailed().Match(message) is { Success: true } conversion)
            return $"a value{where} is not {ValueWords(e.InnerException?.Message ?? conversion.Groups["type"].Value)}";
        if (MissingProperties().Match(message) is { Success: true } missing)
            return $"an entry{where} lacks {missing.Groups["names"].Value}";
        if (NullNotAllowed().Match(message) is { Success: true } nulled)
            return $"'{nulled.Groups["name"].Value}'{where} must have a value, not null";
        return $"{TypeName().Replace(message, m => ValueWords(m.Value))}{where}";
    }

    /// <param name="hint">A .NET type name, or a reader's message such as "… token type 'Number' as a string".</param>
    private static string ValueWords(string hint) => (AsA().Match(hint) is { Success: true } asA ? asA.Groups[1].Value : hint) switch
    {
        var t when Has(t, "DateOnly") => "a date written YYYY-MM-DD",
        var t when Has(t, "List") || Has(t, "[]") || Has(t, "array") => "a list in [ ]",
        var t when Has(t, "String") => "text in quotes",
        var t when Has(t, "Int") || Has(t, "Double") || Has(t, "number") => "a number",
        var t when Has(t, "Bool") => "true or false",
        _ => "an object in { }",
    };

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bas an? (\w+)")]
    private static partial Regex AsA();

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
