using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// Applies the numbered <c>Migrations/NNN_name.sql</c> scripts embedded in this assembly, in order, each in its
/// own transaction, and records the last applied number in <c>PRAGMA user_version</c>.
/// </summary>
public static class SchemaMigrator
{
    public static int Migrate(SqliteConnection connection)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version;");
        foreach (var (number, sql) in Scripts().Where(s => s.Number > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute($"PRAGMA user_version = {number};", transaction: transaction);
            transaction.Commit();
            current = number;
        }
        return current;
    }

    /// <summary>The highest schema version this build knows.</summary>
    public static int LatestVersion => Scripts().Max(s => s.Number);

    private static IEnumerable<(int Number, string Sql)> Scripts()
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
            .OrderBy(s => s.number);
    }
}
