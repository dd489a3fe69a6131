namespace NewsCorpus.Core.Search;

/// <summary>Names of the Lucene fields, shared by the document builder and the searcher.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string File = "file";
    public const string Title = "title";
    public const string Body = "body";
    public const string Captions = "captions";
    public const string Source = "source";
    public const string Summit = "summit";
    public const string Year = "year";
    /// <summary>yyyyMMdd as an int, for range filters.</summary>
    public const string DateNumber = "date_num";
    /// <summary>Doc values of <see cref="DateNumber"/>, for sorting by date.</summary>
    public const string DateSort = "date_sort";
    public const string Date = "date";
}
