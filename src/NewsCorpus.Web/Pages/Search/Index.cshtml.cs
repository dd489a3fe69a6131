using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>The search page: query echoed, total, facets, histogram, active filters, snippets, pages, downloads.</summary>
public sealed class IndexModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    /// <summary>Values a facet shows before the rest are folded under "more".</summary>
    public const int FacetTop = 8;

    /// <summary>The facets shown in the panel, in order; the keys are those of <see cref="SearchResult.Facets"/>.</summary>
    public static IReadOnlyList<string> FacetKeys => SearchQuery.FacetKeys;

    public SearchQuery Query { get; private set; } = new();
    public SearchResult Result { get; private set; } = new(0, []);
    public DateHistogram Histogram { get; private set; } = DateHistogram.Empty;
    /// <summary>Parameters in the address that could not be read and were ignored, to say so on the page.</summary>
    public IReadOnlyList<string> Unreadable { get; private set; } = [];

    /// <summary>The pages that can be shown: all the results, or as many as the deepest offset allows.</summary>
    public int PageCount => Math.Max(1, (Math.Min(Result.Total, MaxShownResults) + SearchQuery.PageSize - 1) / SearchQuery.PageSize);

    /// <summary>How many results page numbers reach (<c>NewsCorpus:MaxResultOffset</c> plus one page).</summary>
    public int MaxShownResults => corpus.Searcher.MaxOffset + SearchQuery.PageSize;

    /// <summary>True when there are more results than pages reach: the page says how to get at the rest.</summary>
    public bool ResultsBeyondPages => Result.Total > MaxShownResults;

    public IReadOnlyList<FacetCount> Facet(string key) =>
        Result.Facets.TryGetValue(key, out var counts) ? counts : [];

    public IActionResult OnGet()
    {
        Query = SearchQuery.Parse(Request.Query);
        Unreadable = SearchQuery.UnreadableKeys(Request.Query);
        Result = corpus.Searcher.Search(Query.ToRequest(), HttpContext.RequestAborted);
        // A page past the end (an old bookmark after the archive shrank, an edited address) goes to the last page;
        // a page past the deepest offset stays, to say how to reach those results.
        if (Result.Hits.Count == 0 && Query.Page > PageCount && !ResultsBeyondPages)
            return Redirect((Query with { Page = PageCount }).ToUrl());
        Histogram = DateHistogram.For(Query, Result.Months);
        return Page();
    }
}
