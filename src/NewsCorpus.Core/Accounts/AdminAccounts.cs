using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Accounts;

/// <summary>
/// The admins who may sign in (table <c>admin_users</c>): made and removed from the command line, checked by the
/// site's sign-in page. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2); repeated failures lock the account for a while.
/// </summary>
public sealed class AdminAccounts(Database database, TimeProvider time)
{
    private static readonly PasswordHasher<AdminAccount> Hasher = new();

    // Verified against when the name is unknown or locked, so every refusal costs the same hashing time and the
    // response time does not tell an attacker which names exist.
    private static readonly string DecoyHash = Hasher.HashPassword(null!, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    public AdminAccounts(Database database) : this(database, TimeProvider.System)
    {
    }

    /// <summary>Adds an admin. Throws <see cref="ArgumentException"/> for a bad name or password, <see cref="InvalidOperationException"/> when the name is taken.</summary>
    public void Add(string name, string password)
    {
        if (AccountName.Problem(name) is { } badName)
            throw new ArgumentException(badName, nameof(name));
        if (PasswordRule.Problem(password) is { } badPassword)
            throw new ArgumentException(badPassword, nameof(password));
        using var connection = database.Open();
        try
        {
            connection.Execute(
                "INSERT INTO admin_users (name, password_hash, stamp, created_at) VALUES (@name, @hash, @stamp, @now)",
                new { name, hash = Hasher.HashPassword(null!, password), stamp = NewStamp(), now = StoredTime.Write(time.GetUtcNow()) });
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the name exists
        {
            throw new InvalidOperationException($"an admin named '{name}' already exists", e);
        }
    }

    public IReadOnlyList<AdminAccount> List()
    {
        using var connection = database.Open();
        return connection.Query<AccountRow>(
                """
                SELECT name, created_at AS CreatedAt, last_sign_in_at AS LastSignInAt, failed_attempts AS FailedAttempts,
                       locked_until AS LockedUntil
                FROM admin_users ORDER BY name
                """)
            .Select(r => r.ToAccount())
            .ToList();
    }

    /// <summary>Removes an admin; their sign-in cookies stop working at their next request. False when there was none.</summary>
    public bool Remove(string name)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM admin_users WHERE name = @name", new { name }) > 0;
    }

    /// <summary>
    /// Checks a name and password. A wrong password counts towards <paramref name="lockout"/>; a success clears the
    /// count and records the time. Unknown names and wrong passwords give the same <see cref="SignInOutcome.Refused"/>.
    /// </summary>
    public SignInResult SignIn(string name, string password, LockoutPolicy lockout)
    {
        if (AccountName.Problem(name) is not null || string.IsNullOrEmpty(password) || password.Length > PasswordRule.MaximumLength)
            return Decoy(password, SignInOutcome.Refused);
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<CredentialRow>(
            "SELECT name, password_hash AS PasswordHash, stamp, locked_until AS LockedUntil FROM admin_users WHERE name = @name", new { name });
        var now = time.GetUtcNow();
        if (row is null)
            return Decoy(password, SignInOutcome.Refused);
        if (StoredTime.Read(row.LockedUntil) > now)
            return Decoy(password, SignInOutcome.LockedOut);

        var verdict = Hasher.VerifyHashedPassword(null!, row.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
            return RecordFailure(connection, row.Name, lockout, now);

        connection.Execute(
            "UPDATE admin_users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = @now, password_hash = @hash WHERE name = @name",
            new
            {
                name = row.Name,
                now = StoredTime.Write(now),
                // Identity asks for a rehash when its defaults grew stronger since the hash was made.
                hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(null!, password) : row.PasswordHash,
            });
        return new SignInResult(SignInOutcome.SignedIn, row.Name, row.Stamp);
    }

    /// <summary>
    /// Ends every session of the admin (a new stamp refuses the cookies issued before): signing out must also stop a
    /// copy of the cookie, which the browser's deletion alone does not.
    /// </summary>
    public void EndSessions(string name)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE admin_users SET stamp = @stamp WHERE name = @name", new { name, stamp = NewStamp() });
    }

    /// <summary>True while the admin exists with this stamp: a cookie issued before a remove (and re-add) is refused.</summary>
    public bool IsCurrent(string name, string stamp)
    {
        using var connection = database.Open();
        var stored = connection.QuerySingleOrDefault<string>("SELECT stamp FROM admin_users WHERE name = @name", new { name });
        return stored is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(stored), System.Text.Encoding.UTF8.GetBytes(stamp));
    }

    private static SignInResult RecordFailure(SqliteConnection connection, string name, LockoutPolicy lockout, DateTimeOffset now)
    {
        // One statement, so two wrong passwords sent at once both count. Reaching the limit locks the account and
        // starts the count again, as ASP.NET Core Identity does.
        var lockedUntil = connection.QuerySingleOrDefault<string?>("""
            UPDATE admin_users SET
                failed_attempts = CASE WHEN failed_attempts + 1 >= @max THEN 0 ELSE failed_attempts + 1 END,
                locked_until    = CASE WHEN failed_attempts + 1 >= @max THEN @until ELSE locked_until END
            WHERE name = @name
            RETURNING locked_until
            """, new { name, max = lockout.MaxFailedAttempts, until = StoredTime.Write(now + lockout.Duration) });
        return new SignInResult(StoredTime.Read(lockedUntil) > now ? SignInOutcome.LockedOut : SignInOutcome.Refused);
    }

    private static SignInResult Decoy(string? password, SignInOutcome outcome)
    {
        Hasher.VerifyHashedPassword(null!, DecoyHash, password ?? "");
        return new SignInResult(outcome);
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private sealed record AccountRow(string Name, string CreatedAt, string? LastSignInAt, long FailedAttempts, string? LockedUntil)
    {
        public AdminAccount ToAccount() =>
            new(Name, StoredTime.Read(CreatedAt)!.Value, StoredTime.Read(LastSignInAt), (int)FailedAttempts, StoredTime.Read(LockedUntil));
    }

    private sealed record CredentialRow(string Name, string PasswordHash, string Stamp, string? LockedUntil);
}
