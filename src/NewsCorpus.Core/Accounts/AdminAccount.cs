namespace NewsCorpus.Core.Accounts;

/// <summary>An admin as <c>users list</c> shows them; the password hash never leaves <see cref="AdminAccounts"/>.</summary>
public sealed record AdminAccount(
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt,
    int FailedAttempts,
    DateTimeOffset? LockedUntil);
