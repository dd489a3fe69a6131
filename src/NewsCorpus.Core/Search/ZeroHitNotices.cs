namespace NewsCorpus.Core.Search;

/// <summary>
/// Explains an empty result that a request itself can account for: a summit, person or source filter that names
/// nothing in the catalogs, or a lowercase <c>or</c>/<c>and</c> that was searched as a word where OR/AND was meant.
/// </summary>
internal static class ZeroHitNotices
{
    private static readonly HashSet<string> LowercaseOperators = new(StringComparer.Ordinal) { "or", "and" };

    public static IEnumerable<SearchNotice> For(SearchRequest request, CatalogNames names)
    {
        // Without catalogs (tests, tools) no name can be called unknown.
        if (!names.IsEmpty)
        {
            if (Unknown(request.Summit, names.SummitId) is { } summit)
                yield return new SearchNotice(SearchNoticeKind.UnknownSummit, summit);
            if (Unknown(request.Person, names.PersonId) is { } person)
                yield return new SearchNotice(SearchNoticeKind.UnknownPerson, person);
            if (Unknown(request.Source, names.SourceId) is { } source)
                yield return new SearchNotice(SearchNoticeKind.UnknownSource, source);
        }
        if (request.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(LowercaseOperators.Contains))
            yield return new SearchNotice(SearchNoticeKind.LowercaseOperators);
    }

    private static string? Unknown(string? name, Func<string, string?> resolve) =>
        string.IsNullOrWhiteSpace(name) || resolve(name) is not null ? null : name.Trim();
}
