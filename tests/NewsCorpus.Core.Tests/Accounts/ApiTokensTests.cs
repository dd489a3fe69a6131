using Dapper;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Core.Tests.Accounts;

public sealed class ApiTokensTests : IDisposable
{
    private readonly AccountsDatabase _db = new();
    private readonly ApiTokens _tokens;

    public ApiTokensTests() => _tokens = new ApiTokens(_db.Database, _db.Clock);

    [Fact]
    public void A_new_token_authenticates_as_its_name_and_records_its_use()
    {
        var token = _tokens.Add("nightly-import");

        var caller = _tokens.Authenticate(token);

        Assert.Equal("nightly-import", caller?.Name);
        Assert.Equal(_db.Clock.GetUtcNow(), _tokens.List().Single().LastUsedAt);
    }

    [Fact]
    public void A_token_carries_256_random_bits_and_only_their_hash_is_stored()
    {
        var first = _tokens.Add("a");
        var second = _tokens.Add("b");
        var secret = first[^43..];

        Assert.NotEqual(first, second);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(secret).Length);
        using var connection = _db.Database.Open();
        var stored = connection.Query<byte[]>("SELECT secret_hash FROM api_tokens").ToList();
        Assert.All(stored, hash => Assert.Equal(32, hash.Length));
        var everything = string.Join('|', connection.Query<string>("SELECT lookup || name || created_at FROM api_tokens"));
        Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revoked_token_is_refused_and_its_name_can_be_given_again()
    {
        var old = _tokens.Add("deploy");

        Assert.True(_tokens.Revoke("deploy"));
        var fresh = _tokens.Add("deploy");

        Assert.Null(_tokens.Authenticate(old));
        Assert.Equal("deploy", _tokens.Authenticate(fresh)?.Name);
        Assert.Equal([true, false], _tokens.List().Select(t => t.IsRevoked));
    }

    [Fact]
    public void Revoking_a_name_without_a_live_token_says_so() => Assert.False(_tokens.Revoke("nothing"));

    [Fact]
    public void A_second_live_token_of_one_name_is_refused()
    {
        _tokens.Add("deploy");

        Assert.Throws<InvalidOperationException>(() => _tokens.Add("Deploy"));
    }

    [Fact]
    public void Altered_unknown_and_malformed_tokens_are_refused()
    {
        var token = _tokens.Add("deploy");
        var lastChar = token[^1] == 'A' ? 'B' : 'A';

        Assert.Null(_tokens.Authenticate(token[..^1] + lastChar));
        Assert.Null(_tokens.Authenticate("nc_0000000000000000_" + token[^43..]));
        Assert.Null(_tokens.Authenticate(token + "x"));
        Assert.Null(_tokens.Authenticate(""));
        Assert.Null(_tokens.Authenticate(null));
    }

    [Fact]
    public void Last_use_is_written_at_most_once_a_minute()
    {
        var token = _tokens.Add("poller");
        var first = _db.Clock.GetUtcNow();

        _tokens.Authenticate(token);
        _db.Clock.Advance(TimeSpan.FromSeconds(30));
        _tokens.Authenticate(token);
        Assert.Equal(first, _tokens.List().Single().LastUsedAt);

        _db.Clock.Advance(TimeSpan.FromSeconds(30));
        _tokens.Authenticate(token);
        Assert.Equal(first.AddMinutes(1), _tokens.List().Single().LastUsedAt);
    }

    public void Dispose() => _db.Dispose();
}
