using System.Text;
using System.Text.Json;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// The <c>paragraphs</c> column without a second copy of the text: each paragraph found verbatim in the original
/// text (searching on from the end of the previous one) is stored as <c>[offset, length]</c> into it, any other (a
/// paragraph the cleaning changed) as its text. So a row is a JSON array of pairs and strings; rows written before
/// hold strings only, and read the same.
/// </summary>
internal static class ParagraphSpans
{
    public static string Encode(string original, IReadOnlyList<string> paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StoreJson.Options.Encoder }))
        {
            json.WriteStartArray();
            var from = 0;
            foreach (var paragraph in paragraphs)
            {
                var at = paragraph.Length == 0 ? -1 : original.IndexOf(paragraph, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    json.WriteStringValue(paragraph);
                    continue;
                }
                json.WriteStartArray();
                json.WriteNumberValue(at);
                json.WriteNumberValue(paragraph.Length);
                json.WriteEndArray();
                from = at + paragraph.Length;
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The paragraphs of a <c>paragraphs</c> column, each cut from <paramref name="original"/> or as stored.</summary>
    public static string[] Decode(string original, string column) =>
        [.. Parts(column).Select(p => p.Text ?? original.Substring(p.Start, p.Length))];

    /// <summary>
    /// The paragraphs joined by <paramref name="separator"/>, copied once into the new string: a page's hits need
    /// their body whole, not its paragraphs.
    /// </summary>
    public static string Join(string original, string column, string separator)
    {
        var parts = Parts(column);
        if (parts.Count == 0)
            return "";
        var length = separator.Length * (parts.Count - 1) + parts.Sum(p => p.Text?.Length ?? p.Length);
        return string.Create(length, (original, parts, separator), static (chars, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.parts.Count; i++)
            {
                if (i > 0)
                {
                    state.separator.CopyTo(chars[at..]);
                    at += state.separator.Length;
                }
                var (start, count, text) = state.parts[i];
                var part = text is null ? state.original.AsSpan(start, count) : text.AsSpan();
                part.CopyTo(chars[at..]);
                at += part.Length;
            }
        });
    }

    /// <summary>
    /// The column's items in order: a span (<c>[offset, length]</c>, <c>Text</c> null) or a paragraph's own text. Read
    /// token by token; a JSON document for a few pairs cost more than the reading.
    /// </summary>
    private static List<(int Start, int Length, string? Text)> Parts(string column)
    {
        var parts = new List<(int, int, string?)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(column));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("A paragraphs column is a JSON array.");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                parts.Add((0, 0, reader.GetString() ?? ""));
                continue;
            }
            if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
                throw new JsonException("A paragraphs column holds strings and [offset, length] pairs.");
            var start = reader.GetInt32();
            reader.Read();
            var length = reader.GetInt32();
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
                throw new JsonException("A span of a paragraphs column is [offset, length].");
            parts.Add((start, length, null));
        }
        return parts;
    }
}
