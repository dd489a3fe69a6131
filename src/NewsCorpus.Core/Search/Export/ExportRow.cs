using System.Globalization;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// One exported article, as the CSV and JSON exports write it (snake_case column names in this order). Names are
/// the catalogs' Arabic names; <see cref="Score"/> is null for a listing without query words, where no score means
/// anything; the snippet is one line.
/// </summary>
public sealed record ExportRow(
    string Id, string Url, string Title, string? Date, string? DateSource, string? Summit, string? SummitName,
    string? Source, string? Dateline, string? Byline, IReadOnlyList<string> People, IReadOnlyList<string> Places,
    IReadOnlyList<string> Organisations, string File, float? Score, string Snippet, string? Text)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "url", "title", "date", "date_source", "summit", "summit_name", "source", "dateline", "byline",
        "people", "places", "organisations", "file", "score", "snippet",
    ];

    /// <param name="row">The walked hit.</param>
    /// <param name="catalogs">Names for summit and entity ids.</param>
    /// <param name="publicBaseUrl">The site's public address (<c>NewsCorpus:PublicBaseUrl</c>), or empty for site-relative URLs.</param>
    /// <param name="scored">False for a listing without query words.</param>
    /// <param name="withText">True to add the article's whole text.</param>
    public static ExportRow From(ResultRow row, Catalogs catalogs, string publicBaseUrl, bool scored, bool withText)
    {
        var hit = row.Hit;
        var entities = row.Entities.Select(catalogs.Entities.Find).OfType<Entity>().ToList();
        IReadOnlyList<string> Named(string type) => entities.Where(e => e.Type == type).Select(e => e.NameAr).ToList();
        return new ExportRow(
            hit.Id, publicBaseUrl.TrimEnd('/') + "/articles/" + Uri.EscapeDataString(hit.Id), hit.Title,
            hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.DateSource, hit.Summit,
            hit.Summit is { } summit ? catalogs.Summits.Find(summit)?.NameAr : null, hit.Source, row.Dateline, row.Byline,
            Named(Entity.Person), Named(Entity.Place), Named(Entity.Organization), hit.File,
            scored ? hit.Score : null, OneLine(hit.Snippet.ToPlainText()), withText ? row.Body : null);
    }

    /// <summary>Line breaks and runs of spaces become one space, so a snippet never splits a CSV row in a viewer.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\u2028', '\u2029', '\u0085', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
