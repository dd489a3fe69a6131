using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// A search as it appears in the URL (<c>/search?q=&amp;summit=&amp;year=&amp;from=&amp;to=&amp;source=&amp;person=&amp;sort=&amp;page=</c>):
/// read leniently (a value that cannot be read is dropped, never an error) and written back in one fixed order,
/// so every state of the page has one stable, shareable address.
/// </summary>
public sealed record SearchQuery
{
    public const int PageSize = 20;

    /// <summary>The filters a facet or a removable chip can set, in display order.</summary>
    public static readonly IReadOnlyList<string> FilterKeys = ["summit", "year", "source", "person", "from", "to"];

    public string Text { get; init; } = "";
    public string? Summit { get; init; }
    public int? Year { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Source { get; init; }
    public string? Person { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;

    public bool IsEmpty => Text.Length == 0 && ActiveFilters.Count == 0;

    public static SearchQuery Parse(IQueryCollection query) => new()
    {
        Text = Clean(query["q"]) ?? "",
        Summit = Clean(query["summit"]),
        Year = int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000 ? y : null,
        From = ParseDate(query["from"]),
        To = ParseDate(query["to"]),
        Source = Clean(query["source"]),
        Person = Clean(query["person"]),
        Sort = string.Equals(query["sort"], "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
        Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
    };

    /// <summary>The active filters as (key, value) pairs, in <see cref="FilterKeys"/> order.</summary>
    public IReadOnlyList<(string Key, string Value)> ActiveFilters =>
        FilterKeys.Select(k => (Key: k, Value: Get(k))).Where(f => f.Value is not null).Select(f => (f.Key, f.Value!)).ToList();

    public string? Get(string key) => key switch
    {
        "summit" => Summit,
        "year" => Year?.ToString(CultureInfo.InvariantCulture),
        "from" => From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to" => To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "source" => Source,
        "person" => Person,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a search filter."),
    };

    /// <summary>This search with one filter set (or cleared with null); back to the first page.</summary>
    public SearchQuery With(string key, string? value) => key switch
    {
        "summit" => this with { Summit = value, Page = 1 },
        "year" => this with { Year = value is null ? null : int.Parse(value, CultureInfo.InvariantCulture), Page = 1 },
        "from" => this with { From = ParseDate(value), Page = 1 },
        "to" => this with { To = ParseDate(value), Page = 1 },
        "source" => this with { Source = value, Page = 1 },
        "person" => this with { Person = value, Page = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a search filter."),
    };

    public SearchQuery Without(string key) => With(key, null);

    public SearchRequest ToRequest() => new()
    {
        Query = Text, Summit = Summit, Year = Year, From = From, To = To, Source = Source, Person = Person, Sort = Sort,
        // In long arithmetic: page=2147483647 times the page size overflows an int.
        Offset = (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue), Limit = PageSize,
    };

    /// <summary>The address of this search under <paramref name="path"/> (the page, or a download).</summary>
    public string ToUrl(string path = "/search")
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Text.Length > 0)
            pairs.Add(new("q", Text));
        pairs.AddRange(ActiveFilters.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)));
        if (Sort == SearchSort.Date)
            pairs.Add(new("sort", "date"));
        if (Page > 1)
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>
    /// Parameters present in the address whose values could not be read and so were ignored: the same readings
    /// as <see cref="Parse"/>, asked the other way round.
    /// </summary>
    public static IReadOnlyList<string> UnreadableKeys(IQueryCollection query)
    {
        var read = Parse(query);
        bool Given(string key) => !string.IsNullOrWhiteSpace(query[key]);
        var unreadable = new List<string>();
        if (Given("year") && read.Year is null) unreadable.Add("year");
        if (Given("from") && read.From is null) unreadable.Add("from");
        if (Given("to") && read.To is null) unreadable.Add("to");
        if (Given("page") && read.Page.ToString(CultureInfo.InvariantCulture) != query["page"].ToString().Trim()) unreadable.Add("page");
        if (Given("sort") && !string.Equals(query["sort"].ToString().Trim(), read.Sort == SearchSort.Date ? "date" : "relevance", StringComparison.OrdinalIgnoreCase))
            unreadable.Add("sort");
        return unreadable;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
