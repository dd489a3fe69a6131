namespace NewsCorpus.Core.Accounts;

/// <summary>An API token as <c>tokens list</c> shows it: never the token itself, which only its maker ever sees.</summary>
public sealed record ApiToken(string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
