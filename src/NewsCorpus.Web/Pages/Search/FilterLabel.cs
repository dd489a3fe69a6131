using NewsCorpus.Web.Localization;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>How a filter value reads to a person: a summit's, source's or person's name rather than its id.</summary>
public static class FilterLabel
{
    public static string For(CatalogLabels labels, string key, string value) => key switch
    {
        "summit" => labels.Summit(value),
        "source" => labels.Source(value),
        "person" => labels.Entity(value),
        "from" or "to" => DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? labels.Date(d) : value,
        _ => value,
    };
}
