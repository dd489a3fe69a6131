using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages;

/// <summary>The search page: query echoed, total, hits with highlighted snippets.</summary>
public sealed class SearchModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchResult Result { get; private set; } = new(0, []);

    public void OnGet() => Result = corpus.Searcher.Search(new SearchRequest { Query = Query ?? "" });
}
