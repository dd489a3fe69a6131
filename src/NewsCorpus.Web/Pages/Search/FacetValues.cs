using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>Some values of one facet with their counts, as the facet panel lists them for the current search.</summary>
public sealed record FacetValues(string Facet, IReadOnlyList<FacetCount> Counts, SearchQuery Query);
