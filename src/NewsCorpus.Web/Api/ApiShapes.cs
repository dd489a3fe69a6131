using System.Globalization;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Api;

/// <summary>A search page as the API returns it: the CLI's <c>search --json</c> fields, then paging.</summary>
public sealed record ApiSearchResult(
    int Total, string? Message, string? DidYouMean, IReadOnlyDictionary<string, IReadOnlyList<ApiFacetValue>> Facets,
    IReadOnlyList<ApiHit> Hits, int Page, int PageSize, string? Next)
{
    public static ApiSearchResult From(SearchResult result, int page, int pageSize, string? next) => new(
        result.Total, result.Message, result.DidYouMean,
        result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<ApiFacetValue>)f.Value.Select(c => new ApiFacetValue(c.Value, c.Count)).ToList()),
        result.Hits.Select(ApiHit.From).ToList(), page, pageSize, next);
}

/// <summary>One hit, as <c>search --json</c> prints it.</summary>
public sealed record ApiHit(string Id, string File, string Title, string? Date, string? Summit, string? Source, float Score, string Snippet)
{
    public static ApiHit From(SearchHit h) => new(h.Id, h.File, h.Title, ApiDates.Iso(h.Date), h.Summit, h.Source, h.Score, h.Snippet.ToPlainText());
}

/// <summary>How many results carry one value of a facet.</summary>
public sealed record ApiFacetValue(string Value, int Count);

/// <summary>One facet's values for a search, most frequent first (years in year order).</summary>
public sealed record ApiFacet(string Facet, int Total, IReadOnlyList<ApiFacetValue> Values);

/// <summary>Articles like another, best first.</summary>
public sealed record ApiHitList(IReadOnlyList<ApiHit> Hits);

/// <summary>An article with everything extracted from it: the CLI's <c>show --json</c> shape.</summary>
public sealed record ApiArticle(
    string Id, string File, string Title, string? Date, string? DateSource, double DateConfidence, string? DateEvidence,
    string? Summit, double SummitConfidence, string? SummitEvidence, string? Source, IReadOnlyList<string> SourceIds,
    string? Dateline, string? Byline, string Encoding, string Body, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions, IReadOnlyList<string> Entities, IReadOnlyList<string> CorrectedFields)
{
    public static ApiArticle From(Article a) => new(
        a.Id, a.FileName, a.Title, ApiDates.Iso(a.Date), a.DateSource, a.DateConfidence, a.DateEvidence, a.SummitId,
        a.SummitConfidence, a.SummitEvidence, a.Source, a.SourceIds, a.Dateline, a.Byline, a.Encoding, a.Body,
        a.Paragraphs, a.Captions, a.Entities, a.CorrectedFields);
}

/// <summary>A summit of <c>data/summits.json</c> and how many stored articles are about it.</summary>
public sealed record ApiSummit(
    string Id, string NameAr, string NameEn, string Forum, string CityAr, string CityEn, string CountryAr, string CountryEn,
    string Start, string End, string MeetingDate, IReadOnlyList<string> Participants, int Articles)
{
    public static ApiSummit From(Summit s, int articles) => new(
        s.Id, s.NameAr, s.NameEn, s.Forum, s.CityAr, s.CityEn, s.CountryAr, s.CountryEn, ApiDates.Iso(s.Start),
        ApiDates.Iso(s.End), ApiDates.Iso(s.MeetingDate), s.Participants, articles);
}

/// <summary>One summit with its articles, newest first.</summary>
public sealed record ApiSummitDetail(ApiSummit Summit, IReadOnlyList<ApiHit> Articles);

/// <summary>
/// The store's counts: the CLI's <c>stats --json</c> without the server's folder. <see cref="SpellingsNowOrdinary"/>:
/// generated spellings of names that imports since the last rebuild brought as ordinary words (a command-line
/// <c>reindex</c> would stop merging them with the names).
/// </summary>
public sealed record ApiStats(int Articles, int IndexedDocuments, long StoreBytes, bool ParsedWithCurrentCatalogs,
    IReadOnlyList<string> SpellingsNowOrdinary);

internal static class ApiDates
{
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
