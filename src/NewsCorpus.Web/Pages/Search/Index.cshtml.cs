using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>The search page: query echoed, total, facets, active filters, snippets, pages, downloads.</summary>
public sealed class IndexModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    /// <summary>The facets shown in the panel, in order; the keys are those of <see cref="SearchResult.Facets"/>.</summary>
    public static readonly IReadOnlyList<string> FacetKeys = ["summit", "year", "source", "person"];

    public SearchQuery Query { get; private set; } = new();
    public SearchResult Result { get; private set; } = new(0, []);
    /// <summary>Parameters in the address that could not be read and were ignored, to say so on the page.</summary>
    public IReadOnlyList<string> Unreadable { get; private set; } = [];

    public int PageCount => Math.Max(1, (Result.Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize);

    public IReadOnlyList<FacetCount> Facet(string key) =>
        Result.Facets.TryGetValue(key, out var counts) ? counts : [];

    public IActionResult OnGet()
    {
        Query = SearchQuery.Parse(Request.Query);
        Unreadable = SearchQuery.UnreadableKeys(Request.Query);
        Result = corpus.Searcher.Search(Query.ToRequest(), HttpContext.RequestAborted);
        // A page past the end (an old bookmark after the archive shrank, an edited address) goes to the last page.
        if (Result.Hits.Count == 0 && Query.Page > PageCount)
            return Redirect((Query with { Page = PageCount }).ToUrl());
        return Page();
    }
}
