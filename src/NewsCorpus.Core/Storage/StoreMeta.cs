using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsCorpus.Core.Storage;

/// <summary>Key–value facts about the store as a whole (the <c>store_meta</c> table).</summary>
public sealed class StoreMeta(Database database)
{
    /// <summary>The fingerprint of the parsing rules and catalogs the stored articles were parsed with.</summary>
    public const string ParsedWith = "parsed_with";

    /// <summary>The highest change sequence any article write has taken (see <see cref="WriteTransaction"/>).</summary>
    public const string ChangeSequence = "change_seq";

    /// <summary>A random id given to the store when it is created, so an index can tell it belongs to another store.</summary>
    public const string StoreId = "store_id";

    public string? Get(string key)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT value FROM store_meta WHERE key = @key", new { key });
    }

    public void Set(string key, string value)
    {
        using var connection = database.Open();
        Set(connection, null, key, value);
    }

    internal static void Set(SqliteConnection connection, SqliteTransaction? transaction, string key, string value) =>
        connection.Execute(
            "INSERT INTO store_meta (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            new { key, value }, transaction);
}
