namespace NewsCorpus.Core.Search;

/// <summary>Why a search was read otherwise than typed, or why it found nothing.</summary>
public enum SearchNoticeKind
{
    /// <summary>The syntax could not be read; the words alone were searched.</summary>
    BadSyntax,
    /// <summary><c>foo:bar</c>: not a field; the words after it were searched. Detail: the field.</summary>
    UnknownField,
    /// <summary>A summit filter or <c>summit:</c> names no summit of the catalog. Detail: the name.</summary>
    UnknownSummit,
    /// <summary>A person filter names no person of the catalog and nothing was found. Detail: the name.</summary>
    UnknownPerson,
    /// <summary>A source filter names no source of the catalog and nothing was found. Detail: the name.</summary>
    UnknownSource,
    /// <summary>Nothing found for a query with a lowercase <c>or</c>/<c>and</c>, which are searched as words.</summary>
    LowercaseOperators,
    /// <summary>The query was longer than <see cref="SearchLimits.MaxQueryLength"/>; its start was searched. Detail: the limit.</summary>
    QueryTooLong,
    /// <summary><c>/…/</c>: regular expressions are not offered; the text between the slashes was searched as words.</summary>
    RegexNotSupported,
    /// <summary>A pattern with more <c>*</c> and <c>?</c> than <see cref="SearchLimits.MaxWildcards"/>; searched as a word. Detail: the pattern.</summary>
    PatternTooComplex,
    /// <summary>A pattern stands for more words than <see cref="SearchLimits.MaxExpansions"/>; only that many were searched. Detail: the pattern.</summary>
    TooManyExpansions,
    /// <summary>The search ran out of its time budget (or its caller went away) and stopped: the result may be partial.</summary>
    PartialResults,
}

/// <summary>
/// One notice about a search. The kind is a stable code the web page translates (its resource key is the kind's
/// name, <see cref="Detail"/> its first argument, <see cref="KnownFields"/> the second); <see cref="Text"/> is the
/// English sentence the CLI prints.
/// </summary>
public sealed record SearchNotice(SearchNoticeKind Kind, string Detail = "")
{
    /// <summary>The fields a query may name, as listed to a user who typed another.</summary>
    public static string KnownFields => string.Join(", ", CorpusQueryParser.KnownFields.Select(f => f + ":"));

    public string Text => Kind switch
    {
        SearchNoticeKind.BadSyntax => "The query syntax could not be read; searched for the words instead.",
        SearchNoticeKind.UnknownField => $"'{Detail}:' is not a search field; searched for the words after it. Fields: {KnownFields}.",
        SearchNoticeKind.UnknownSummit => $"No summit in the catalog is called '{Detail}'.",
        SearchNoticeKind.UnknownPerson => $"No person in the catalog is called '{Detail}'.",
        SearchNoticeKind.UnknownSource => $"No source in the catalog is called '{Detail}'.",
        SearchNoticeKind.LowercaseOperators => "Lowercase 'or' and 'and' are searched as words; write OR and AND in capitals to combine words.",
        SearchNoticeKind.QueryTooLong => $"The query is longer than {Detail} characters; only its start was searched.",
        SearchNoticeKind.RegexNotSupported => "Regular expressions (/.../) are not supported; searched for the words between the slashes instead.",
        SearchNoticeKind.PatternTooComplex => $"The pattern '{Detail}' has too many * and ? to search; searched for it as a word instead.",
        SearchNoticeKind.TooManyExpansions => $"The pattern '{Detail}' matches too many words; only the first of them were searched, so results may be incomplete.",
        SearchNoticeKind.PartialResults => "The search took too long and was stopped; the results may be incomplete.",
        _ => Kind.ToString(),
    };
}
