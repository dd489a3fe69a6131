namespace NewsCorpus.Core.Accounts;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown name or wrong password: deliberately one outcome, so callers cannot tell which.</summary>
    Refused,
    /// <summary>Too many failures: refused until the lock-out ends, whatever the password.</summary>
    LockedOut,
}

/// <summary>The outcome of a sign-in; on success, the account's name as stored and its current stamp.</summary>
public sealed record SignInResult(SignInOutcome Outcome, string? Name = null, string? Stamp = null)
{
    public bool Succeeded => Outcome == SignInOutcome.SignedIn;
}
