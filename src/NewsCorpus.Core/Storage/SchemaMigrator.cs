using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// Applies the numbered <c>Migrations/NNN_name.sql</c> scripts embedded in this assembly, each in its own
/// transaction, and records every number applied in <c>schema_migrations</c>. Keyed by the numbers applied rather
/// than by the highest one, so a migration numbered below one a store already has (branches landing out of order)
/// is still applied. <c>PRAGMA user_version</c> keeps the highest number, for tools that read it. A store holding a
/// migration numbered past this build's last was written by a newer build, whose rows this one may not read (original texts
/// as Zstandard frames since 009): it is refused, to read or to write, with what to do.
/// </summary>
public static class SchemaMigrator
{
    private const string Ledger = "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);";

    public static int Migrate(SqliteConnection connection)
    {
        connection.Execute(Ledger);
        var applied = AppliedNumbers(connection);
        var version = connection.ExecuteScalar<int>("PRAGMA user_version;");
        // Before anything is recorded: a refused store is left as it was.
        RefuseNewer(connection, applied, version);
        if (applied.Count == 0 && version > 0)
        {
            // A store from before the ledger: user_version was the highest applied, and everything below it was
            // applied in order then.
            applied = [.. Scripts.Select(s => s.Number).Where(n => n <= version)];
            foreach (var number in applied)
                Record(connection, number, null);
        }
        foreach (var (number, sql) in Scripts.Where(s => !applied.Contains(s.Number)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            Record(connection, number, transaction);
            transaction.Commit();
            applied.Add(number);
        }
        var highest = applied.Count == 0 ? 0 : applied.Max();
        if (highest != version)
            connection.Execute($"PRAGMA user_version = {highest};");
        return highest;
    }

    /// <summary>True when every migration this build knows has been applied (read-only openers may not migrate).</summary>
    public static bool IsCurrent(SqliteConnection connection)
    {
        var hasLedger = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") > 0;
        if (!hasLedger)
            return false;
        var applied = AppliedNumbers(connection);
        RefuseNewer(connection, applied, connection.ExecuteScalar<int>("PRAGMA user_version;"));
        return Scripts.All(s => applied.Contains(s.Number));
    }

    /// <summary>Throws a <see cref="CorpusSetupException"/> when the store has a migration numbered past this build's last.</summary>
    private static void RefuseNewer(SqliteConnection connection, HashSet<int> applied, int version)
    {
        // Numbers past this build's last only: one below it that this build lacks came from a branch, not from a newer
        // build (004 was renumbered 006 before it landed). user_version alone says so for a store from before the ledger.
        var latest = LatestVersion;
        var unknown = applied.Append(version).Where(n => n > latest).Distinct().Order().ToList();
        if (unknown.Count == 0)
            return;
        throw new CorpusSetupException(
            $"The store {connection.DataSource} was written by a newer NewsCorpus: it has schema migration " +
            $"{string.Join(", ", unknown)}, and this build knows migrations up to {latest}, so it may not read " +
            "its rows. Run the newer NewsCorpus on it, or restore a backup taken before the upgrade (newscorpus backup).");
    }

    /// <summary>The highest schema version this build knows.</summary>
    public static int LatestVersion => Scripts.Max(s => s.Number);

    private static HashSet<int> AppliedNumbers(SqliteConnection connection) =>
        [.. connection.Query<int>("SELECT number FROM schema_migrations")];

    private static void Record(SqliteConnection connection, int number, SqliteTransaction? transaction) =>
        connection.Execute("INSERT INTO schema_migrations (number, applied_at) VALUES (@number, @at)",
            new { number, at = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }, transaction);

    /// <summary>The embedded migration scripts in number order, read once: every store open consults them.</summary>
    private static readonly IReadOnlyList<(int Number, string Sql)> Scripts = ReadScripts();

    private static List<(int Number, string Sql)> ReadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string marker = ".Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[(n.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
                var number = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (number, reader.ReadToEnd());
            })
            .OrderBy(s => s.number)
            .ToList();
    }
}
