using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli.Tests.Commands.Accounts;

public sealed class TokensCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    private ApiTokens StoredTokens => new(Database.InDataDir(_cli.DataDir));

    [Fact]
    public void Tokens_add_prints_the_token_alone_on_standard_output_and_the_site_accepts_it()
    {
        var (exit, output, error) = _cli.Run("tokens", "add", "nightly-import");
        var token = output.Trim();

        Assert.Equal(0, exit);
        Assert.Matches("^nc_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", token);
        Assert.Contains("shown only now", error, StringComparison.Ordinal);
        Assert.Equal("nightly-import", StoredTokens.Authenticate(token)?.Name);
    }

    [Fact]
    public void Tokens_list_shows_names_and_never_a_token()
    {
        var token = _cli.Run("tokens", "add", "nightly-import").Out.Trim();

        var (_, text, _) = _cli.Run("tokens", "list");
        var json = _cli.RunJson("tokens", "list", "--json");

        Assert.Contains("nightly-import", text, StringComparison.Ordinal);
        Assert.Equal("nightly-import", json[0].GetProperty("name").GetString());
        Assert.DoesNotContain(token[^43..], text + json, StringComparison.Ordinal);
        Assert.DoesNotContain(token[3..19], text + json, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_revoke_refuses_the_token_from_then_on_and_the_list_says_revoked()
    {
        var token = _cli.Run("tokens", "add", "deploy").Out.Trim();

        var (exit, output, _) = _cli.Run("tokens", "revoke", "deploy");
        var list = _cli.Run("tokens", "list").Out;

        Assert.Equal(0, exit);
        Assert.Contains("revoked token deploy", output, StringComparison.Ordinal);
        Assert.Null(StoredTokens.Authenticate(token));
        Assert.Contains("revoked 2", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoking_an_unknown_token_exits_3_not_found_and_says_so()
    {
        var (exit, _, error) = _cli.Run("tokens", "revoke", "nothing");

        Assert.Equal(3, exit);
        Assert.Contains("no live token named 'nothing'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_live_token_of_the_same_name_is_refused()
    {
        _cli.Run("tokens", "add", "deploy");

        var (exit, output, error) = _cli.Run("tokens", "add", "deploy");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("revoke it first", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
