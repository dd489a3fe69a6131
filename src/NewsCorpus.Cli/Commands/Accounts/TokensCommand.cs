using System.CommandLine;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Cli.Commands.Accounts;

/// <summary><c>tokens add|list|revoke</c>: bearer tokens for scripts that call the admin API.</summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var command = new Command("tokens",
            $"Manage API tokens for scripts (sent as 'Authorization: Bearer TOKEN'). {AccountArguments.SafeWhileRunning}");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(AccountArguments.TakeAway("revoke", "Revoke a token: refused from the next request on.",
            (database, name) => new ApiTokens(database).Revoke(name), "no live token named", "revoked token"));
        return command;
    }

    private static Command Add()
    {
        var name = AccountArguments.Name("What the token is for (e.g. nightly-import): letters, digits and . - _ @.");
        var command = new Command("add",
            $"Make a token and print it on standard output, once: only its hash is stored, so it cannot be shown again. {AccountArguments.SafeWhileRunning}") { name };
        command.SetAction(parsed =>
        {
            var what = AccountArguments.NameFrom(parsed, name);
            var token = new ApiTokens(CommonOptions.OpenDatabase(parsed)).Add(what);
            // The token alone on standard output, so TOKEN=$(newscorpus tokens add NAME) works; the advice on standard error.
            Console.WriteLine(token);
            Console.Error.WriteLine($"token '{what}' made. It is shown only now: keep it somewhere safe. Send it as 'Authorization: Bearer TOKEN'.");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", $"List tokens by name: created, last used, revoked (never the tokens themselves). {AccountArguments.SafeWhileRunning}") { CommonOptions.Json };
        command.SetAction(parsed =>
        {
            var tokens = new ApiTokens(CommonOptions.OpenDatabase(parsed)).List();
            if (parsed.GetValue(CommonOptions.Json))
            {
                CliJson.Write(tokens.Select(t => new { name = t.Name, created_at = t.CreatedAt, last_used_at = t.LastUsedAt, revoked_at = t.RevokedAt }));
                return CliRunner.Ok;
            }
            if (tokens.Count == 0)
                Console.WriteLine("no tokens yet: make one with `tokens add NAME`");
            foreach (var token in tokens)
            {
                var revoked = token.IsRevoked ? $"  revoked {AccountArguments.Time(token.RevokedAt)}" : "";
                Console.WriteLine($"{token.Name,-24} created {AccountArguments.Time(token.CreatedAt)}  last used {AccountArguments.Time(token.LastUsedAt)}{revoked}");
            }
            return CliRunner.Ok;
        });
        return command;
    }
}
