using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Accounts;

/// <summary>A store of its own in a temporary folder and a clock the test moves by hand.</summary>
public sealed class AccountsDatabase : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-accounts-").FullName;

    public AccountsDatabase() => Database = Database.InDataDir(_dir);

    public Database Database { get; }
    public ManualClock Clock { get; } = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
