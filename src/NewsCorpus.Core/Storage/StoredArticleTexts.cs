using Dapper;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// Bodies and captions of the hits shown, read from SQLite by id, one query for a page (or an export's batch): the
/// index keeps only what ranking and listing need, so the text is held once, here. Paragraphs are decoded from
/// their spans of <c>original_text</c> as <see cref="ArticleStore"/> reads them.
/// </summary>
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
            var rows = connection.Query<(string Id, object? Original, string Paragraphs, string Captions)>(
                "SELECT id, original_text, paragraphs, captions FROM articles WHERE id IN @chunk", new { chunk });
            foreach (var row in rows)
            {
                // Most articles have no captions ("[]"): no deserializer for them.
                texts[row.Id] = new BodyAndCaptions(
                    ParagraphSpans.Join(StoredOriginalText.Read(row.Original), row.Paragraphs, "\n\n"),
                    row.Captions == "[]" ? "" : string.Join("\n", System.Text.Json.JsonSerializer.Deserialize<string[]>(row.Captions) ?? []));
            }
        }
        return texts;
    }
}
