namespace NewsCorpus.Web.Pages.Search;

/// <summary>Limits and addresses for exports and feeds, bound from the <c>NewsCorpus</c> configuration section.</summary>
public sealed class ExportOptions
{
    /// <summary>
    /// The site's public address (<c>NewsCorpus:PublicBaseUrl</c>, e.g. <c>https://archive.example.org</c>), for the
    /// links in exports and feeds. Never taken from the request's Host header, which a client chooses; when unset,
    /// links are site-relative (<c>/articles/ID</c>).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The most rows one export may hold (<c>NewsCorpus:MaxExportRows</c>); a larger result is refused with a reason.</summary>
    public int MaxExportRows { get; set; } = 1_000_000;

    /// <summary>Exports running at once (<c>NewsCorpus:MaxConcurrentExports</c>); one more is told to retry later (429).</summary>
    public int MaxConcurrentExports { get; set; } = 2;

    /// <summary>Entries in a search's Atom feed (<c>NewsCorpus:FeedEntries</c>), newest first.</summary>
    public int FeedEntries { get; set; } = 50;
}
