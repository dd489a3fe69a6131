using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsCorpus.Cli;

/// <summary>
/// Options whose values need more than a type to be read: a year, a date, a count in a range. Each refuses a bad
/// value at parse time in the user's words (<c>--year expects a year such as 2016, not '20x6'</c>), so the verb
/// never sees it.
/// </summary>
internal static class ValueOptions
{
    public static Option<int?> Year(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY",
        CustomParser = result => Read<int>(result, "a year such as 2016",
            text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999 ? year : (int?)null),
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result => Read<DateOnly>(result, "a date as YYYY-MM-DD, such as 2016-09-05",
            text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null),
    };

    public static Option<int> Count(string name, string description, int min, int max, int byDefault) => new(name)
    {
        Description = $"{description} ({min}-{max}, default {byDefault}).",
        HelpName = "N",
        DefaultValueFactory = _ => byDefault,
        CustomParser = result => Read<int>(result, $"a whole number from {min} to {max}",
            text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : (int?)null) ?? byDefault,
    };

    private static T? Read<T>(ArgumentResult result, string expected, Func<string, T?> parse) where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (parse(text) is { } value)
            return value;
        var option = result.Parent is OptionResult o ? o.Option.Name : result.Argument.Name;
        result.AddError($"{option} expects {expected}, not '{text}'");
        return null;
    }
}
