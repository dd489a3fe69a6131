using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// Writes export rows as one JSON document, <c>{"total":n,"hits":[{...}]}</c> with the CSV's column names, streamed:
/// each row is written and flushed on as it comes.
/// </summary>
public static class JsonExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(int total, IEnumerable<ExportRow> rows, bool withText, Stream output, CancellationToken cancel)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("total", total);
        json.WriteStartArray("hits");
        foreach (var r in rows)
        {
            cancel.ThrowIfCancellationRequested();
            WriteRow(json, r, withText);
            if (json.BytesPending > 16 * 1024)
                await json.FlushAsync(cancel);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancel);
    }

    private static void WriteRow(Utf8JsonWriter json, ExportRow r, bool withText)
    {
        json.WriteStartObject();
        json.WriteString("id", r.Id);
        json.WriteString("url", r.Url);
        json.WriteString("title", r.Title);
        json.WriteString("date", r.Date);
        json.WriteString("date_source", r.DateSource);
        json.WriteString("summit", r.Summit);
        json.WriteString("summit_name", r.SummitName);
        json.WriteString("source", r.Source);
        json.WriteString("dateline", r.Dateline);
        json.WriteString("byline", r.Byline);
        WriteList(json, "people", r.People);
        WriteList(json, "places", r.Places);
        WriteList(json, "organisations", r.Organisations);
        json.WriteString("file", r.File);
        if (r.Score is { } score)
            json.WriteNumber("score", score);
        else
            json.WriteNull("score");
        json.WriteString("snippet", r.Snippet);
        if (withText)
            json.WriteString("text", r.Text);
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
