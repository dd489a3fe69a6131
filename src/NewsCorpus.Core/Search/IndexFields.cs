namespace NewsCorpus.Core.Search;

/// <summary>Names of the Lucene fields, shared by the document builder and the searcher.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string File = "file";
    /// <summary>The SHA-256 of the article's file, stored so the index can be checked against the store.</summary>
    public const string ContentHash = "content_hash";
    public const string Title = "title";
    public const string Body = "body";
    public const string Captions = "captions";
    /// <summary>Title, body and captions as whole normalized words (no stemming): prefix, fuzzy, did-you-mean.</summary>
    public const string Surface = "surface";
    /// <summary>Source ids from <c>data/sources.json</c>, for filtering.</summary>
    public const string Source = "source";
    /// <summary>The source as the article names it, for display.</summary>
    public const string SourceName = "source_name";
    public const string Summit = "summit";
    public const string Year = "year";
    /// <summary>Person ids from <c>data/entities.json</c>, for filtering.</summary>
    public const string Person = "person";
    /// <summary>yyyyMMdd as an int, for range filters.</summary>
    public const string DateNumber = "date_num";
    /// <summary>Doc values of <see cref="DateNumber"/>, for sorting by date.</summary>
    public const string DateSort = "date_sort";
    public const string Date = "date";
    /// <summary>Stored only, for exports: how the date was found, the dateline, the byline, every entity id.</summary>
    public const string DateSource = "date_source";
    public const string Dateline = "dateline";
    public const string Byline = "byline";
    public const string Entity = "entity";
    /// <summary>Binary doc values: what a list's line shows (<see cref="Search.ListLine"/>), read without stored fields.</summary>
    public const string ListLine = "list_line";

    /// <summary>The facets counted on every result set, by the name used in <see cref="SearchResult.Facets"/>.</summary>
    public static readonly IReadOnlyList<string> Facets = [Summit, Year, Source, Person];

    /// <summary>The doc-values field that holds the values of a facet.</summary>
    public static string FacetValues(string facet) => "facet_" + facet;
}
