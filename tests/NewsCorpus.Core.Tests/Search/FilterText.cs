using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>Requests written as test data: <c>"summit=a -source=s1 from=2016-01-01 to=2016-01-31"</c>.</summary>
internal static class FilterText
{
    /// <summary>Facet values kept, or with <c>-</c> left out, and date bounds, for the query <paramref name="text"/>.</summary>
    public static SearchRequest Request(string text, string filters)
    {
        var facets = new List<FacetFilter>();
        DateOnly? from = null, to = null;
        foreach (var part in filters.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (part.Split('=')[0], part.Split('=')[1]);
            if (name == "from")
                from = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (name == "to")
                to = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else
                facets.Add(new FacetFilter(name.TrimStart('-'), value, Exclude: name.StartsWith('-')));
        }
        return new SearchRequest { Query = text, Facets = facets, From = from, To = to, Limit = 10 };
    }
}
