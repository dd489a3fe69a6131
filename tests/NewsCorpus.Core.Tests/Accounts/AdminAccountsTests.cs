using Dapper;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Core.Tests.Accounts;

public sealed class AdminAccountsTests : IDisposable
{
    private const string Password = "correct horse battery";
    private static readonly LockoutPolicy ThreeStrikes = new(3, TimeSpan.FromMinutes(10));
    private readonly AccountsDatabase _db = new();
    private readonly AdminAccounts _accounts;

    public AdminAccountsTests() => _accounts = new AdminAccounts(_db.Database, _db.Clock);

    [Fact]
    public void An_added_admin_signs_in_with_their_password_and_the_time_is_recorded()
    {
        _accounts.Add("salma", Password);

        var result = _accounts.SignIn("salma", Password, ThreeStrikes);

        Assert.Equal(SignInOutcome.SignedIn, result.Outcome);
        Assert.Equal("salma", result.Name);
        Assert.Equal(_db.Clock.GetUtcNow(), _accounts.List().Single().LastSignInAt);
    }

    [Fact]
    public void The_name_is_matched_without_regard_to_case_and_signs_in_as_stored()
    {
        _accounts.Add("Salma", Password);

        var result = _accounts.SignIn("SALMA", Password, ThreeStrikes);

        Assert.True(result.Succeeded);
        Assert.Equal("Salma", result.Name);
    }

    [Fact]
    public void A_wrong_password_and_an_unknown_name_are_refused_alike()
    {
        _accounts.Add("salma", Password);

        var wrongPassword = _accounts.SignIn("salma", "not the password", ThreeStrikes);
        var unknownName = _accounts.SignIn("nobody", Password, ThreeStrikes);

        Assert.Equal(new SignInResult(SignInOutcome.Refused), wrongPassword);
        Assert.Equal(wrongPassword, unknownName);
    }

    [Fact]
    public void The_password_is_stored_as_an_identity_hash_never_as_given()
    {
        _accounts.Add("salma", Password);

        using var connection = _db.Database.Open();
        var stored = connection.QuerySingle<string>("SELECT password_hash FROM admin_users");

        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.Equal(1, Convert.FromBase64String(stored)[0]); // format marker of PasswordHasher's V3 (PBKDF2)
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("short", "too short")]
    [InlineData("elevenchars", "too short")]
    public void Empty_and_short_passwords_are_refused_with_the_reason(string password, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => _accounts.Add("salma", password));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(_accounts.List());
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("token:deploy")]
    [InlineData("")]
    public void Names_with_spaces_or_colons_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => _accounts.Add(name, Password));

    [Fact]
    public void An_arabic_name_is_accepted() => _accounts.Add("سلمى", Password);

    [Fact]
    public void A_taken_name_is_refused_whatever_its_case()
    {
        _accounts.Add("salma", Password);

        var error = Assert.Throws<InvalidOperationException>(() => _accounts.Add("SALMA", "another long password"));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_repeated_failures_even_the_right_password_is_refused_until_the_lockout_ends()
    {
        _accounts.Add("salma", Password);

        var failures = Enumerable.Range(0, 3).Select(_ => _accounts.SignIn("salma", "wrong password!", ThreeStrikes).Outcome).ToList();
        var duringLockout = _accounts.SignIn("salma", Password, ThreeStrikes);
        _db.Clock.Advance(TimeSpan.FromMinutes(10));
        var afterLockout = _accounts.SignIn("salma", Password, ThreeStrikes);

        Assert.Equal([SignInOutcome.Refused, SignInOutcome.Refused, SignInOutcome.LockedOut], failures);
        Assert.Equal(SignInOutcome.LockedOut, duringLockout.Outcome);
        Assert.Null(duringLockout.Name);
        Assert.True(afterLockout.Succeeded);
    }

    [Fact]
    public void A_success_starts_the_failure_count_again()
    {
        _accounts.Add("salma", Password);

        _accounts.SignIn("salma", "wrong password!", ThreeStrikes);
        _accounts.SignIn("salma", "wrong password!", ThreeStrikes);
        _accounts.SignIn("salma", Password, ThreeStrikes);
        _accounts.SignIn("salma", "wrong password!", ThreeStrikes);
        _accounts.SignIn("salma", "wrong password!", ThreeStrikes);

        Assert.True(_accounts.SignIn("salma", Password, ThreeStrikes).Succeeded);
    }

    [Fact]
    public void A_removed_admin_cannot_sign_in_and_their_stamp_stops_being_current()
    {
        _accounts.Add("salma", Password);
        var stamp = _accounts.SignIn("salma", Password, ThreeStrikes).Stamp!;

        Assert.True(_accounts.IsCurrent("salma", stamp));
        Assert.True(_accounts.Remove("salma"));

        Assert.False(_accounts.IsCurrent("salma", stamp));
        Assert.Equal(SignInOutcome.Refused, _accounts.SignIn("salma", Password, ThreeStrikes).Outcome);
        Assert.False(_accounts.Remove("salma"));
    }

    [Fact]
    public void An_admin_removed_and_added_again_gets_a_new_stamp()
    {
        _accounts.Add("salma", Password);
        var before = _accounts.SignIn("salma", Password, ThreeStrikes).Stamp!;
        _accounts.Remove("salma");
        _accounts.Add("salma", Password);

        Assert.False(_accounts.IsCurrent("salma", before));
    }

    public void Dispose() => _db.Dispose();
}
