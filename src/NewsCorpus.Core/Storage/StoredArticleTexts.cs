using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// Bodies and captions of the hits shown, read from SQLite by id, one query for a page (or an export's batch): the
/// index keeps only what ranking and listing need, so the text is held once, here. Paragraphs are decoded from
/// their spans of <c>original_text</c> as <see cref="ArticleStore"/> reads them.
/// </summary>
/// <remarks>
/// Read with a plain data reader, not Dapper: a search page reads its texts on every request, and for ten ids
/// Dapper's expansion of an <c>IN</c> list and its row mapping took as long as the query itself (0.10 ms against
/// 0.05 ms, text bytes and all).
/// </remarks>
public sealed class StoredArticleTexts(Database database) : IArticleTexts
{
    /// <summary>Ids asked for in one statement; SQLite allows far more parameters, this keeps each statement small.</summary>
    private const int IdsPerQuery = 500;

    public IReadOnlyDictionary<string, BodyAndCaptions> Read(IReadOnlyCollection<string> ids)
    {
        var texts = new Dictionary<string, BodyAndCaptions>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
            return texts;
        using var connection = database.Open();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            using var command = TextsOf(connection, chunk);
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var captions = rows.GetString(3);
                // Most articles have no captions ("[]"): no deserializer for them.
                texts[rows.GetString(0)] = new BodyAndCaptions(
                    ParagraphSpans.Join(StoredOriginalText.Read(rows.GetValue(1)), rows.GetString(2), "\n\n"),
                    captions == "[]" ? "" : string.Join("\n", JsonSerializer.Deserialize<string[]>(captions) ?? []));
            }
        }
        return texts;
    }

    private static SqliteCommand TextsOf(SqliteConnection connection, string[] ids)
    {
        var command = connection.CreateCommand();
        var names = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            names[i] = "$id" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], ids[i]);
        }
        command.CommandText = $"SELECT id, original_text, paragraphs, captions FROM articles WHERE id IN ({string.Join(",", names)})";
        return command;
    }
}
