using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli.Tests.Commands.Accounts;

/// <summary><c>users add</c> at a terminal: the password is asked for twice and never shown.</summary>
public sealed class PasswordPromptTests : IDisposable
{
    private const string Password = "typed at a terminal";
    private readonly CliProcess _cli = new();

    [Fact]
    public async Task At_a_terminal_users_add_asks_twice_and_does_not_echo_the_password()
    {
        using var terminal = TerminalSession.Start("users", "add", "salma", "--data-dir", _cli.DataDir);

        await terminal.WaitForAsync("Password for salma: ");
        terminal.TypeLine(Password);
        await terminal.WaitForAsync("Repeat the password: ");
        terminal.TypeLine(Password);

        Assert.Equal(0, await terminal.ExitCodeAsync());
        Assert.Contains("added admin salma", terminal.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, terminal.Screen, StringComparison.Ordinal);
        Assert.True(new AdminAccounts(Database.InDataDir(_cli.DataDir)).SignIn("salma", Password, LockoutPolicy.Default).Succeeded);
    }

    [Fact]
    public async Task At_a_terminal_two_different_passwords_add_nobody()
    {
        using var terminal = TerminalSession.Start("users", "add", "salma", "--data-dir", _cli.DataDir);

        await terminal.WaitForAsync("Password for salma: ");
        terminal.TypeLine(Password);
        await terminal.WaitForAsync("Repeat the password: ");
        terminal.TypeLine(Password + " but different");

        Assert.Equal(2, await terminal.ExitCodeAsync());
        Assert.Contains("the two passwords differ", terminal.Screen, StringComparison.Ordinal);
        Assert.Empty(new AdminAccounts(Database.InDataDir(_cli.DataDir)).List());
    }

    public void Dispose() => _cli.Dispose();
}
