using Dapper;

namespace NewsCorpus.Core.Storage;

/// <summary>Key–value facts about the store as a whole (the <c>store_meta</c> table).</summary>
public sealed class StoreMeta(Database database)
{
    /// <summary>The fingerprint of the parsing rules and catalogs the stored articles were parsed with.</summary>
    public const string ParsedWith = "parsed_with";

    public string? Get(string key)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT value FROM store_meta WHERE key = @key", new { key });
    }

    public void Set(string key, string value)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO store_meta (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            new { key, value });
    }
}
