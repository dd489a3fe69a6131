namespace NewsCorpus.Core.Search;

/// <summary>
/// One chosen value of a facet (<see cref="IndexFields.Facets"/>: summit, year, source, person), to keep or to
/// leave out. Values of one facet are combined with OR, facets with AND; an excluded value removes its articles.
/// Summit, source and person values are catalog ids or any of their names.
/// </summary>
public sealed record FacetFilter(string Facet, string Value, bool Exclude = false);
