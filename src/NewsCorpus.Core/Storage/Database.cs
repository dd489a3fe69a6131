using Microsoft.Data.Sqlite;

namespace NewsCorpus.Core.Storage;

/// <summary>The SQLite file: opens connections and brings the schema up to date once, at start-up.</summary>
public sealed class Database
{
    /// <summary>The database's file name inside the data folder.</summary>
    public const string FileName = "newscorpus.db";

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

    /// <summary>Opens (creating if needed) the database of a data folder, without the search index or catalogs.</summary>
    public static Database InDataDir(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        return new Database(System.IO.Path.Combine(dataDir, FileName));
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
