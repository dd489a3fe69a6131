namespace NewsCorpus.Core.Accounts;

/// <summary>After <paramref name="MaxFailedAttempts"/> wrong passwords in a row, an account refuses every sign-in for <paramref name="Duration"/>.</summary>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan Duration)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}
