using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Accounts;

/// <summary>
/// Tokens that let scripts call the admin API (table <c>api_tokens</c>). A token reads
/// <c>nc_&lt;16 hex lookup&gt;_&lt;43 base64url secret&gt;</c>: 256 random bits of secret, stored only as their SHA-256
/// (enough for a random secret, unlike a password) and compared in constant time; the lookup part, which is not
/// secret, finds the row without comparing secrets in the database.
/// </summary>
public sealed class ApiTokens(Database database, TimeProvider time)
{
    private const string Prefix = "nc_";
    private const int LookupBytes = 8;
    private const int SecretBytes = 32;
    private const int LookupLength = LookupBytes * 2;
    private const int SecretLength = 43; // 32 bytes in unpadded base64url
    private static readonly int TokenLength = Prefix.Length + LookupLength + 1 + SecretLength;

    // Recording every use would write to the database on every API call; once a minute says as much.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public ApiTokens(Database database) : this(database, TimeProvider.System)
    {
    }

    /// <summary>
    /// Makes a token and returns it: the only time it can be read. Throws <see cref="ArgumentException"/> for a bad
    /// name, <see cref="InvalidOperationException"/> when a live token already has the name.
    /// </summary>
    public string Add(string name)
    {
        if (AccountName.Problem(name) is { } badName)
            throw new ArgumentException(badName, nameof(name));
        var lookup = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(LookupBytes));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        using var connection = database.Open();
        try
        {
            connection.Execute(
                "INSERT INTO api_tokens (lookup, name, secret_hash, created_at) VALUES (@lookup, @name, @hash, @now)",
                new { lookup, name, hash = Hash(secret), now = StoredTime.Write(time.GetUtcNow()) });
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: a live token has the name
        {
            throw new InvalidOperationException($"a token named '{name}' already exists; revoke it first or choose another name", e);
        }
        return $"{Prefix}{lookup}_{secret}";
    }

    /// <summary>Every token, live and revoked, by name.</summary>
    public IReadOnlyList<ApiToken> List()
    {
        using var connection = database.Open();
        return connection.Query<TokenRow>("""
                SELECT name, created_at AS CreatedAt, last_used_at AS LastUsedAt, revoked_at AS RevokedAt
                FROM api_tokens ORDER BY name, created_at
                """)
            .Select(r => r.ToToken())
            .ToList();
    }

    /// <summary>Revokes the live token of that name: refused from the next request on. False when there was none.</summary>
    public bool Revoke(string name)
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE api_tokens SET revoked_at = @now WHERE name = @name AND revoked_at IS NULL",
            new { name, now = StoredTime.Write(time.GetUtcNow()) }) > 0;
    }

    /// <summary>The live token <paramref name="token"/> is, with its last use recorded; null when it is malformed, unknown or revoked.</summary>
    public ApiToken? Authenticate(string? token)
    {
        if (token is null || token.Length != TokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal)
            || token[Prefix.Length + LookupLength] != '_')
            return null;
        var lookup = token.Substring(Prefix.Length, LookupLength);
        var secret = token[(Prefix.Length + LookupLength + 1)..];
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<SecretRow>(
            "SELECT name, secret_hash AS SecretHash, created_at AS CreatedAt, last_used_at AS LastUsedAt FROM api_tokens WHERE lookup = @lookup AND revoked_at IS NULL",
            new { lookup });
        if (row is null || !CryptographicOperations.FixedTimeEquals(row.SecretHash, Hash(secret)))
            return null;
        var now = time.GetUtcNow();
        var lastUsed = StoredTime.Read(row.LastUsedAt);
        if (lastUsed is null || now - lastUsed >= LastUsedResolution)
        {
            connection.Execute("UPDATE api_tokens SET last_used_at = @now WHERE lookup = @lookup", new { lookup, now = StoredTime.Write(now) });
            lastUsed = now;
        }
        return new ApiToken(row.Name, StoredTime.Read(row.CreatedAt)!.Value, lastUsed, null);
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));

    private sealed record TokenRow(string Name, string CreatedAt, string? LastUsedAt, string? RevokedAt)
    {
        public ApiToken ToToken() => new(Name, StoredTime.Read(CreatedAt)!.Value, StoredTime.Read(LastUsedAt), StoredTime.Read(RevokedAt));
    }

    private sealed record SecretRow(string Name, byte[] SecretHash, string CreatedAt, string? LastUsedAt);
}
