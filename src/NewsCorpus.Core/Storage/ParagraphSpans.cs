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

    public static string[] Decode(string original, string column)
    {
        using var document = JsonDocument.Parse(column);
        var paragraphs = new string[document.RootElement.GetArrayLength()];
        var i = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            paragraphs[i++] = item.ValueKind == JsonValueKind.Array
                ? original.Substring(item[0].GetInt32(), item[1].GetInt32())
                : item.GetString() ?? "";
        }
        return paragraphs;
    }
}
