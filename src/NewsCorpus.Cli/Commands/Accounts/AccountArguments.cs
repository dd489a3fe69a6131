using System.CommandLine;
using System.Globalization;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli.Commands.Accounts;

/// <summary>What the <c>users</c> and <c>tokens</c> verbs share: the NAME argument, the safety note, time stamps.</summary>
internal static class AccountArguments
{
    /// <summary>Said in both verbs' help: the question an operator asks before running them on a live site.</summary>
    public const string SafeWhileRunning =
        "Safe while the site runs: only a small table of the SQLite store is written (WAL), and the site sees the change at its next request.";

    public static Argument<string> Name(string description) => new("NAME") { Description = description };

    /// <summary>The NAME given, or a usage error saying why it cannot be a name.</summary>
    public static string NameFrom(ParseResult parsed, Argument<string> argument)
    {
        var name = parsed.GetValue(argument) ?? "";
        return AccountName.Problem(name) is { } problem ? throw new UsageException(problem) : name;
    }

    /// <summary>A stored time as the lists print it: UTC to the minute, or a dash.</summary>
    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>
    /// A verb that takes one NAME away (<c>users remove</c>, <c>tokens revoke</c>): <paramref name="takeAway"/> says
    /// whether there was one; a name that is not there exits 3 (not found), as for every verb.
    /// </summary>
    public static Command TakeAway(string verb, string description, Func<Database, string, bool> takeAway, string missing, string done)
    {
        var name = Name("The name, as listed.");
        var command = new Command(verb, $"{description} {SafeWhileRunning}") { name };
        command.SetAction(parsed =>
        {
            var who = NameFrom(parsed, name);
            if (!takeAway(CommonOptions.OpenDatabase(parsed), who))
                throw new NotFoundException($"{missing} '{who}'");
            Console.WriteLine($"{done} {who}");
            return CliRunner.Ok;
        });
        return command;
    }
}
