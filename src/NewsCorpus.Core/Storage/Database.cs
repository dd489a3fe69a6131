using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// The SQLite file: opens connections and, for the writer, brings the schema up to date once, at start-up.
/// Opened read-only (<see cref="OpenReadOnly"/>) it never writes, so read commands can run beside the writer.
/// </summary>
public sealed class Database
{
    /// <summary>The database's file name inside the data folder.</summary>
    public const string FileName = "newscorpus.db";

    private readonly string _connectionString;

    /// <summary>Opens the store for writing: creates it when missing and applies pending migrations.</summary>
    public Database(string path) : this(path, readOnly: false)
    {
    }

    private Database(string path, bool readOnly)
    {
        Path = path;
        IsReadOnly = readOnly;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        if (readOnly)
            return;
        // WAL lets readers (the web pages, read commands) go on while an import writes.
        connection.Execute("PRAGMA journal_mode=WAL;");
        SchemaMigrator.Migrate(connection);
        connection.Execute("INSERT INTO store_meta (key, value) VALUES (@key, @value) ON CONFLICT(key) DO NOTHING",
            new { key = StoreMeta.StoreId, value = Guid.NewGuid().ToString("N") });
    }

    /// <summary>
    /// Opens an existing store without writing anything, or returns null when there is none yet or its schema is
    /// older than this build's (only the writer may migrate it).
    /// </summary>
    public static Database? OpenReadOnly(string path)
    {
        if (!File.Exists(path))
            return null;
        var database = new Database(path, readOnly: true);
        using var connection = database.Open();
        return SchemaMigrator.IsCurrent(connection) ? database : null;
    }

    public string Path { get; }

    public bool IsReadOnly { get; }

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

    /// <summary>Starts a write transaction that takes SQLite's write lock at once (<c>BEGIN IMMEDIATE</c>).</summary>
    public WriteTransaction BeginWrite() => IsReadOnly
        ? throw new InvalidOperationException("The store was opened read-only.")
        : new WriteTransaction(this);
}
