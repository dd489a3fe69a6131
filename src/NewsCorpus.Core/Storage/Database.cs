using Microsoft.Data.Sqlite;

namespace NewsCorpus.Core.Storage;

/// <summary>The SQLite file: opens connections and brings the schema up to date once, at start-up.</summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        // WAL lets readers (the web pages) go on while an import writes.
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }
        SchemaMigrator.Migrate(connection);
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
