using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace NewsCorpus.Cli;

/// <summary>
/// Puts System.CommandLine's parse errors in the user's words: what an option expects instead of a .NET type name
/// (<c>--sort expects one of: relevance, date</c>), what a verb needs, the verb a typo probably meant. Every verb
/// gets this without doing anything; <see cref="ValueOptions"/> words the values that need more than a type.
/// </summary>
internal static partial class ParseErrorWording
{
    /// <param name="error">One of the parse result's errors.</param>
    /// <param name="command">The verb the command line reached, for errors that do not say which.</param>
    public static string Describe(ParseError error, CommandResult command)
    {
        if (CannotParse().Match(error.Message) is { Success: true } m && Target(error.SymbolResult) is var (name, type))
            return $"{name} expects {Expected(type)}, not '{m.Groups["value"].Value}'";
        if (NotAmong().Match(error.Message) is { Success: true } among && Target(error.SymbolResult) is var (argument, _))
            return $"{argument} expects one of: {string.Join(", ", Quoted().Matches(among.Groups["choices"].Value).Select(q => q.Groups[1].Value))}, not '{among.Groups["value"].Value}'";
        if (MissingArgument().IsMatch(error.Message) && (error.SymbolResult as CommandResult ?? command) is { } missing)
            return $"{CommandPath(missing)} needs {string.Join(" and ", missing.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(a => $"{a.Name} ({Sentence(a.Description)})"))}";
        if (error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal) && error.SymbolResult is CommandResult parent)
            return $"name a verb: {string.Join(", ", parent.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
        if (Unrecognized().Match(error.Message) is { Success: true } u && error.SymbolResult is CommandResult where
            && Closest(u.Groups["token"].Value, where.Command) is { } guess)
            return $"{error.Message.TrimEnd('.')}: did you mean '{guess}'?";
        return error.Message.TrimEnd('.');
    }

    /// <summary>The verb as typed: <c>newscorpus search</c>, <c>newscorpus users add</c>.</summary>
    public static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult c)
                names.Insert(0, c.Command.Name);
        }
        return string.Join(' ', names);
    }

    private static (string Name, Type Type)? Target(SymbolResult? result) => result switch
    {
        OptionResult option => (option.Option.Name, option.Option.ValueType),
        ArgumentResult { Parent: OptionResult option } => (option.Option.Name, option.Option.ValueType),
        ArgumentResult argument => (argument.Argument.Name, argument.Argument.ValueType),
        _ => null,
    };

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
            return $"one of: {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}";
        if (type.IsArray)
            return Expected(type.GetElementType()!);
        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) => "a whole number such as 20",
            _ when type == typeof(double) || type == typeof(decimal) => "a number such as 0.5",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date as YYYY-MM-DD, such as 2016-09-05",
            _ when type == typeof(TimeSpan) => "a duration such as 00:30:00",
            _ => "a different value",
        };
    }

    /// <summary>The subcommand or option within two edits of what was typed, if exactly one is.</summary>
    private static string? Closest(string typed, Command command)
    {
        var names = command.Subcommands.Select(c => c.Name).Concat(command.Options.Select(o => o.Name));
        var near = names.Where(n => EditDistance(typed, n) <= 2).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static string Sentence(string? description) => (description ?? "").TrimEnd('.');

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command|argument) '[^']+'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Required argument missing for command")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>[^']+)'")]
    private static partial Regex Unrecognized();
}
