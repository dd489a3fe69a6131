using System.Globalization;
using System.Text;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// The whole result set of a search (every page, not just the one shown) as CSV or JSON, at the search's own
/// address with <c>.csv</c> or <c>.json</c>: <c>/search.csv?q=...</c>.
/// </summary>
public static class SearchExports
{
    private const int Batch = 500;

    public static IEndpointRouteBuilder MapSearchExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search.json", (HttpContext http, NewsCorpus.Core.Corpus corpus) =>
        {
            var (total, hits) = All(corpus, SearchQuery.Parse(http.Request.Query));
            http.Response.Headers.ContentDisposition = "attachment; filename=\"search-results.json\"";
            return Results.Json(new ExportJson(total, hits.Select(ExportHit.From).ToList()));
        });
        app.MapGet("/search.csv", (HttpContext http, NewsCorpus.Core.Corpus corpus) =>
        {
            var (_, hits) = All(corpus, SearchQuery.Parse(http.Request.Query));
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"search-results.csv\"";
            // The byte-order mark lets spreadsheet programs read the Arabic as UTF-8.
            return Results.Text("\uFEFF" + ToCsv(hits, baseUrl), "text/csv; charset=utf-8", Encoding.UTF8);
        });
        return app;
    }

    /// <summary>Every hit of the search, fetched a batch at a time, in the search's own order.</summary>
    public static (int Total, List<SearchHit> Hits) All(NewsCorpus.Core.Corpus corpus, SearchQuery query)
    {
        var request = query.ToRequest() with { Offset = 0, Limit = Batch };
        var first = corpus.Searcher.Search(request);
        var hits = first.Hits.ToList();
        while (hits.Count < first.Total)
        {
            var next = corpus.Searcher.Search(request with { Offset = hits.Count });
            if (next.Hits.Count == 0)
                break;
            hits.AddRange(next.Hits);
        }
        return (first.Total, hits);
    }

    public static string ToCsv(IEnumerable<SearchHit> hits, string baseUrl)
    {
        var csv = new StringBuilder("id,title,date,summit,source,score,url,snippet\r\n");
        foreach (var h in hits)
        {
            string[] cells =
            [
                h.Id, h.Title, h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", h.Summit ?? "", h.Source ?? "",
                h.Score.ToString("0.###", CultureInfo.InvariantCulture), $"{baseUrl}/articles/{Uri.EscapeDataString(h.Id)}",
                h.Snippet.ToPlainText(),
            ];
            csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string cell)
    {
        // Titles and snippets are scraped text: one starting with = + - @ would run as a formula in a spreadsheet
        // (CSV injection), so it is kept as text by a leading apostrophe.
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    private sealed record ExportJson(int Total, IReadOnlyList<ExportHit> Hits);

    /// <summary>The same field names as the CLI's <c>search --json</c>.</summary>
    private sealed record ExportHit(string Id, string File, string Title, string? Date, string? Summit, string? Source, float Score, string Snippet)
    {
        public static ExportHit From(SearchHit h) => new(h.Id, h.File, h.Title,
            h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Summit, h.Source, h.Score, h.Snippet.ToPlainText());
    }
}
