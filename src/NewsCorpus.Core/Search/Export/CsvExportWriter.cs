using System.Globalization;
using System.Text;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// Writes export rows as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the Arabic), row by row
/// as they come: nothing but the current row is held.
/// </summary>
public static class CsvExportWriter
{
    public static async Task WriteAsync(IEnumerable<ExportRow> rows, bool withText, Stream output, CancellationToken cancel)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(string.Join(',', withText ? [.. ExportRow.Columns, "text"] : ExportRow.Columns) + "\r\n");
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            cancel.ThrowIfCancellationRequested();
            line.Clear();
            AppendRow(line, row, withText);
            await writer.WriteAsync(line, cancel);
        }
        await writer.FlushAsync(cancel);
    }

    private static void AppendRow(StringBuilder line, ExportRow r, bool withText)
    {
        string?[] cells =
        [
            r.Id, r.Url, r.Title, r.Date, r.DateSource, r.Summit, r.SummitName, r.Source, r.Dateline, r.Byline,
            string.Join("; ", r.People), string.Join("; ", r.Places), string.Join("; ", r.Organisations), r.File,
            r.Score?.ToString("0.###", CultureInfo.InvariantCulture), r.Snippet,
        ];
        line.AppendJoin(',', cells.Select(c => Quote(c ?? "")));
        if (withText)
            line.Append(',').Append(Quote(r.Text ?? ""));
        line.Append("\r\n");
    }

    /// <summary>One CSV cell, quoted when needed and defused against formula injection.</summary>
    public static string Quote(string cell)
    {
        // Titles and snippets are scraped text: one starting with = + - @ would run as a formula in a spreadsheet
        // (CSV injection), so it is kept as text by a leading apostrophe.
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
