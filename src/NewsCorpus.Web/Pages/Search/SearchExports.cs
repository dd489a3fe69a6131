using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsCorpus.Core.Search.Export;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// The whole result set of a search (every hit, not just the page shown) at the search's own address:
/// <c>/search.csv?…</c> and <c>/search.all.json?…</c>, streamed as the rows are read (one pass over the index, no
/// facets), <c>&amp;text=1</c> adding each article's text. <c>/search.json</c> is the API's search
/// (<c>/api/v1/search</c>), to which it redirects.
/// </summary>
public static class SearchExports
{
    public static IServiceCollection AddSearchExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExportOptions>(configuration.GetSection(NewsCorpus.Core.NewsCorpusOptions.Section));
        services.AddSingleton<ExportGate>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static IEndpointRouteBuilder MapSearchExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search.csv", (HttpContext http, NewsCorpus.Core.Corpus corpus, ExportGate gate, IOptions<ExportOptions> options, TimeProvider clock) =>
            Export(http, corpus, gate, options.Value, clock, "csv", "text/csv; charset=utf-8",
                (walk, rows, text, body, cancel) => CsvExportWriter.WriteAsync(rows, text, body, cancel)))
            .ExcludeFromDescription();
        app.MapGet("/search.all.json", (HttpContext http, NewsCorpus.Core.Corpus corpus, ExportGate gate, IOptions<ExportOptions> options, TimeProvider clock) =>
            Export(http, corpus, gate, options.Value, clock, "json", "application/json; charset=utf-8",
                (walk, rows, text, body, cancel) => JsonExportWriter.WriteAsync(walk.Total, rows, text, body, cancel)))
            .ExcludeFromDescription();
        app.MapGet("/search.json", (HttpContext http) =>
            Results.Redirect("/api/v1/search" + http.Request.QueryString, permanent: true, preserveMethod: true))
            .ExcludeFromDescription();
        return app;
    }

    private delegate Task RowWriter(ResultWalk walk, IEnumerable<ExportRow> rows, bool withText, Stream body, CancellationToken cancel);

    private static async Task<IResult> Export(HttpContext http, NewsCorpus.Core.Corpus corpus, ExportGate gate, ExportOptions options,
        TimeProvider clock, string extension, string contentType, RowWriter write)
    {
        using var slot = gate.TryEnter();
        if (slot is null)
        {
            http.Response.Headers.RetryAfter = ExportGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many exports at once",
                detail: $"At most {options.MaxConcurrentExports} exports run at once; try again in {ExportGate.RetryAfterSeconds} seconds.");
        }
        var query = SearchQuery.Parse(http.Request.Query);
        using var walk = corpus.Exports.Start(query.ToRequest());
        if (walk.Total > options.MaxExportRows)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Too many results to export",
                detail: $"This search has {walk.Total} results; an export holds at most {options.MaxExportRows} (NewsCorpus:MaxExportRows). Narrow it by date or facet, or export its parts.");
        }
        var withText = http.Request.Query["text"] == "1";
        var scored = query.Text.Length > 0;
        var fileName = ExportFileName.For(query.Text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), extension);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = ExportFileName.AsciiFallback(fileName), FileNameStar = fileName,
        }.ToString();
        http.Response.Headers["X-Total-Count"] = walk.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = walk.Rows.Select(r => ExportRow.From(r, corpus.Catalogs, options.PublicBaseUrl, scored, withText));
        await write(walk, rows, withText, http.Response.Body, http.RequestAborted);
        return Results.Empty;
    }
}
