using System.Globalization;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Facet counts as faceted-search users expect them (Elasticsearch's post-filter, Aleph, Lucene's DrillSideways):
/// a facet with chosen values is counted over the result of every other filter but its own, so the values beside
/// the chosen ones keep their counts and can be added. One extra pass per facet with a selection. Chosen values
/// are always listed, with 0 when nothing carries them; years are listed in year order.
/// </summary>
internal static class DrillSidewaysCounts
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Complete(
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> counts, Query query, SearchRequest request,
        CatalogNames names, IndexSearcher searcher)
    {
        var chosen = request.AllFacetFilters();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(counts, StringComparer.Ordinal);
        foreach (var facet in chosen.Select(f => f.Facet).Distinct(StringComparer.Ordinal).Where(result.ContainsKey).ToList())
        {
            var sideways = new FacetCollector([facet]);
            searcher.Search(SearchFilters.Apply(query, request, names, ignoring: facet), sideways);
            var values = sideways.Result()[facet].ToList();
            foreach (var id in chosen.Where(f => f.Facet == facet).Select(f => SearchFilters.Resolve(names, f)).Distinct(StringComparer.Ordinal))
            {
                if (!values.Any(v => v.Value == id))
                    values.Add(new FacetCount(id, 0));
            }
            result[facet] = values;
        }
        if (result.TryGetValue(IndexFields.Year, out var years))
            result[IndexFields.Year] = [.. years.OrderBy(y => int.TryParse(y.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)];
        return result;
    }
}
