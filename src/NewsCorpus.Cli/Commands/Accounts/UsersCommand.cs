using System.CommandLine;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Cli.Commands.Accounts;

/// <summary><c>users add|list|remove</c>: the admins who sign in to the site at <c>/admin</c>.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", $"Manage the admins who sign in to the site at /admin. {AccountArguments.SafeWhileRunning}");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(AccountArguments.TakeAway("remove", "Remove an admin; their open sessions end at their next request.",
            (database, name) => new AdminAccounts(database).Remove(name), "no admin named", "removed admin"));
        return command;
    }

    private static Command Add()
    {
        var name = AccountArguments.Name($"The admin's sign-in name: letters, digits and . - _ @ (at most {AccountName.MaxLength}).");
        var command = new Command("add",
            $"Add an admin. The password is read from standard input: typed twice without echo at a terminal, " +
            $"or one line when piped (printf '%s\\n' \"$PASSWORD\" | newscorpus users add NAME). At least {PasswordRule.MinimumLength} characters. " +
            AccountArguments.SafeWhileRunning) { name };
        command.SetAction(parsed =>
        {
            var who = AccountArguments.NameFrom(parsed, name);
            var password = PasswordInput.Read(who);
            if (PasswordRule.Problem(password) is { } problem)
                throw new UsageException($"{problem}; nothing was changed");
            new AdminAccounts(CommonOptions.OpenDatabase(parsed)).Add(who, password);
            Console.WriteLine($"added admin {who}: sign in at /admin/signin");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", $"List the admins: created, last signed in, locked until. {AccountArguments.SafeWhileRunning}") { CommonOptions.Json };
        command.SetAction(parsed =>
        {
            var admins = new AdminAccounts(CommonOptions.OpenDatabase(parsed)).List();
            if (parsed.GetValue(CommonOptions.Json))
            {
                CliJson.Write(admins.Select(a => new { name = a.Name, created_at = a.CreatedAt, last_sign_in_at = a.LastSignInAt, locked_until = a.LockedUntil }));
                return CliRunner.Ok;
            }
            if (admins.Count == 0)
                Console.WriteLine("no admins yet: add one with `users add NAME`");
            foreach (var admin in admins)
            {
                var locked = admin.LockedUntil > DateTimeOffset.UtcNow ? $"  locked until {AccountArguments.Time(admin.LockedUntil)}" : "";
                Console.WriteLine($"{admin.Name,-24} created {AccountArguments.Time(admin.CreatedAt)}  last sign-in {AccountArguments.Time(admin.LastSignInAt)}{locked}");
            }
            return CliRunner.Ok;
        });
        return command;
    }
}
