using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// A search as it appears in the URL: <c>/search?q=&amp;summit=a&amp;summit=b&amp;-person=x&amp;year=&amp;from=&amp;to=&amp;sort=&amp;page=</c>.
/// Each facet (summit, year, source, person) takes any number of values, kept (<c>summit=…</c>, ORed) or left out
/// (<c>-summit=…</c>, the query syntax's minus); facets are ANDed. Read leniently (a value that cannot be read is
/// dropped, never an error) and written back in one fixed order, so every state has one stable, shareable address.
/// </summary>
public sealed record SearchQuery
{
    public const int PageSize = 20;

    /// <summary>The facets, in display and address order; each key is also the index field it filters.</summary>
    public static readonly IReadOnlyList<string> FacetKeys = [IndexFields.Summit, IndexFields.Year, IndexFields.Source, IndexFields.Person];

    /// <summary>Before a facet key in the address, leaves the value out: <c>-summit=geneva-2021</c>.</summary>
    public const string ExcludePrefix = "-";

    public string Text { get; init; } = "";
    /// <summary>Chosen facet values, kept or left out, in the order they were chosen within each facet.</summary>
    public IReadOnlyList<FacetFilter> Facets { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;

    public bool IsEmpty => Text.Length == 0 && ActiveFilters.Count == 0;

    public static SearchQuery Parse(IQueryCollection query)
    {
        var facets = new List<FacetFilter>();
        foreach (var key in FacetKeys)
        {
            foreach (var exclude in (bool[])[false, true])
            {
                foreach (var raw in query[exclude ? ExcludePrefix + key : key])
                {
                    if (Clean(raw) is { } value && (key != IndexFields.Year || ParseYear(value) is not null))
                        facets.Add(new FacetFilter(key, value, exclude));
                }
            }
        }
        return new SearchQuery
        {
            Text = Clean(query["q"]) ?? "",
            Facets = facets.Distinct().ToList(),
            From = ParseDate(query["from"]),
            To = ParseDate(query["to"]),
            Sort = string.Equals(query["sort"], "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
            Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    /// <summary>The active filters in address order: facet values (kept, then left out), then the date range.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters
    {
        get
        {
            var filters = FacetKeys.SelectMany(k => Facets.Where(f => f.Facet == k).OrderBy(f => f.Exclude))
                .Select(f => new ActiveFilter(f.Facet, f.Value, f.Exclude)).ToList();
            if (From is { } from)
                filters.Add(new ActiveFilter("from", Iso(from)));
            if (To is { } to)
                filters.Add(new ActiveFilter("to", Iso(to)));
            return filters;
        }
    }

    /// <summary>The kept values of one facet.</summary>
    public IReadOnlyList<string> Included(string facet) => Facets.Where(f => f.Facet == facet && !f.Exclude).Select(f => f.Value).ToList();

    public bool IsIncluded(string facet, string value) => Facets.Contains(new FacetFilter(facet, value));

    public bool IsExcluded(string facet, string value) => Facets.Contains(new FacetFilter(facet, value, true));

    /// <summary>This search with a facet value kept (or left out) instead of whatever was said of it; back to page one.</summary>
    public SearchQuery Adding(string facet, string value, bool exclude = false) =>
        this with { Facets = [.. Facets.Where(f => !(f.Facet == facet && f.Value == value)), new FacetFilter(facet, value, exclude)], Page = 1 };

    /// <summary>This search without a facet value; back to page one.</summary>
    public SearchQuery Removing(string facet, string value) =>
        this with { Facets = [.. Facets.Where(f => !(f.Facet == facet && f.Value == value))], Page = 1 };

    /// <summary>This search without one active filter (a facet value or a date bound).</summary>
    public SearchQuery Removing(ActiveFilter filter) => filter.Key switch
    {
        "from" => this with { From = null, Page = 1 },
        "to" => this with { To = null, Page = 1 },
        _ => Removing(filter.Key, filter.Value),
    };

    /// <summary>This search with a facet's selection replaced by one kept value (or cleared with null); back to page one.</summary>
    public SearchQuery With(string facet, string? value) =>
        this with { Facets = [.. Facets.Where(f => f.Facet != facet), .. value is null ? [] : new[] { new FacetFilter(facet, value) }], Page = 1 };

    /// <summary>This search without any value of a facet, or without a date bound (<c>from</c>, <c>to</c>).</summary>
    public SearchQuery Without(string key) => key switch
    {
        "from" => this with { From = null, Page = 1 },
        "to" => this with { To = null, Page = 1 },
        _ => With(key, null),
    };

    /// <summary>This search narrowed to a period: the date range set, any year choice dropped.</summary>
    public SearchQuery Within(DateOnly from, DateOnly to) =>
        this with { Facets = [.. Facets.Where(f => f.Facet != IndexFields.Year)], From = from, To = to, Page = 1 };

    public SearchRequest ToRequest() => new()
    {
        Query = Text, Facets = Facets, From = From, To = To, Sort = Sort,
        // Computed wide: a page number near int.MaxValue is past every limit, not a negative offset.
        Offset = (int)Math.Min((Page - 1L) * PageSize, int.MaxValue), Limit = PageSize,
    };

    /// <summary>The address of this search under <paramref name="path"/> (the page, a download, the feed).</summary>
    public string ToUrl(string path = "/search") => QueryHelpers.AddQueryString(path, Pairs());

    /// <summary>
    /// An article's address that remembers this search and the hit's place in it (<c>at</c>, from 1), so the
    /// article page can lead back to the results and on to the previous and next hit.
    /// </summary>
    public string ToArticleUrl(string id, int position) =>
        QueryHelpers.AddQueryString("/articles/" + Uri.EscapeDataString(id),
            [.. Pairs(), new("at", position.ToString(CultureInfo.InvariantCulture))]);

    private List<KeyValuePair<string, string?>> Pairs()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Text.Length > 0)
            pairs.Add(new("q", Text));
        pairs.AddRange(ActiveFilters.Select(f => new KeyValuePair<string, string?>(f.Exclude ? ExcludePrefix + f.Key : f.Key, f.Value)));
        if (Sort == SearchSort.Date)
            pairs.Add(new("sort", "date"));
        if (Page > 1)
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        return pairs;
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
        foreach (var key in (string[])[IndexFields.Year, ExcludePrefix + IndexFields.Year])
        {
            if (query[key].Any(v => !string.IsNullOrWhiteSpace(v) && ParseYear(v!.Trim()) is null))
                unreadable.Add(key);
        }
        if (Given("from") && read.From is null) unreadable.Add("from");
        if (Given("to") && read.To is null) unreadable.Add("to");
        if (Given("page") && read.Page.ToString(CultureInfo.InvariantCulture) != query["page"].ToString().Trim()) unreadable.Add("page");
        if (Given("sort") && !string.Equals(query["sort"].ToString().Trim(), read.Sort == SearchSort.Date ? "date" : "relevance", StringComparison.OrdinalIgnoreCase))
            unreadable.Add("sort");
        return unreadable;
    }

    public bool Equals(SearchQuery? other) => other is not null && ToUrl() == other.ToUrl();

    public override int GetHashCode() => ToUrl().GetHashCode(StringComparison.Ordinal);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? ParseYear(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000 ? y : null;

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One active filter as the page lists it: a facet value (kept or left out) or a date bound.</summary>
public sealed record ActiveFilter(string Key, string Value, bool Exclude = false);
