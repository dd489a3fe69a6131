using System.Text.Json;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli.Tests.Commands.Accounts;

public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "a long pass phrase";
    private readonly CliProcess _cli = new();

    private AdminAccounts StoredAccounts => new(Database.InDataDir(_cli.DataDir));

    [Fact]
    public void Users_add_reads_one_piped_line_as_the_password_and_the_site_accepts_it()
    {
        var (exit, output, error) = _cli.RunWithInput(Password + "\n", "users", "add", "salma");

        Assert.True(exit == 0, error);
        Assert.Contains("added admin salma", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
        Assert.True(StoredAccounts.SignIn("salma", Password, LockoutPolicy.Default).Succeeded);
    }

    [Fact]
    public void An_arabic_pass_phrase_arrives_whole()
    {
        _cli.RunWithInput("كلمة سر طويلة بالعربية\n", "users", "add", "salma");

        Assert.True(StoredAccounts.SignIn("salma", "كلمة سر طويلة بالعربية", LockoutPolicy.Default).Succeeded);
    }

    [Theory]
    [InlineData("", "the password is empty")]
    [InlineData("\n", "the password is empty")]
    [InlineData("short\n", "too short: use at least 12 characters")]
    public void Users_add_refuses_an_empty_or_short_password_with_a_clear_message_and_adds_nobody(string input, string message)
    {
        var (exit, _, error) = _cli.RunWithInput(input, "users", "add", "salma");

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error, StringComparison.Ordinal);
        Assert.Empty(StoredAccounts.List());
    }

    [Fact]
    public void Users_add_refuses_a_name_with_a_space()
    {
        var (exit, _, error) = _cli.RunWithInput(Password + "\n", "users", "add", "salma ali");

        Assert.Equal(2, exit);
        Assert.Contains("no spaces", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_add_refuses_a_name_that_is_taken_and_keeps_the_first_password()
    {
        _cli.RunWithInput(Password + "\n", "users", "add", "salma");

        var (exit, _, error) = _cli.RunWithInput("another long password\n", "users", "add", "Salma");

        Assert.Equal(1, exit);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.True(StoredAccounts.SignIn("salma", Password, LockoutPolicy.Default).Succeeded);
    }

    [Fact]
    public void Users_list_shows_each_admin_and_never_a_password_or_hash()
    {
        _cli.RunWithInput(Password + "\n", "users", "add", "salma");
        _cli.RunWithInput(Password + "\n", "users", "add", "omar");

        var (_, text, _) = _cli.Run("users", "list");
        var json = _cli.RunJson("users", "list", "--json");

        Assert.Equal(["omar", "salma"], json.EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, json[0].GetProperty("last_sign_in_at").ValueKind);
        Assert.Contains("salma", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text + json, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", text + json, StringComparison.Ordinal); // how a PasswordHasher hash starts
    }

    [Fact]
    public void Users_list_on_an_empty_store_says_how_to_add_the_first_admin()
    {
        var (exit, output, _) = _cli.Run("users", "list");

        Assert.Equal(0, exit);
        Assert.Contains("users add NAME", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_remove_removes_and_an_unknown_name_exits_3_not_found()
    {
        _cli.RunWithInput(Password + "\n", "users", "add", "salma");

        var removed = _cli.Run("users", "remove", "salma");
        var again = _cli.Run("users", "remove", "salma");

        Assert.Equal(0, removed.ExitCode);
        Assert.Empty(StoredAccounts.List());
        Assert.Equal(3, again.ExitCode);
        Assert.Contains("no admin named 'salma'", again.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("users", "add")]
    [InlineData("users", "list")]
    [InlineData("users", "remove")]
    [InlineData("tokens")]
    [InlineData("tokens", "add")]
    [InlineData("tokens", "list")]
    [InlineData("tokens", "revoke")]
    public void Help_on_every_account_verb_says_it_is_safe_while_the_site_runs(params string[] verb)
    {
        var (exit, output, _) = _cli.Run([.. verb, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Safe while the site runs", output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
