using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Web.Pages;

/// <summary>An article as one line of a list: title linked, date and summit beside it.</summary>
public sealed record ArticleLine(string Id, string Title, DateOnly? Date, string? SummitId, string? Query = null)
{
    /// <summary>False in lists already grouped under their date.</summary>
    public bool ShowDate { get; init; } = true;

    public string Url => "/articles/" + Uri.EscapeDataString(Id) + (string.IsNullOrEmpty(Query) ? "" : "?q=" + Uri.EscapeDataString(Query));

    public static ArticleLine From(ArticleListing a) => new(a.Id, a.Title, a.Date, a.SummitId);
    public static ArticleLine From(SearchHit h, string? query = null) => new(h.Id, h.Title, h.Date, h.Summit, query);
}
