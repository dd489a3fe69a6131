using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Summits;

/// <summary>One summit: its facts from the catalog and its articles, grouped by date (oldest first).</summary>
public sealed class ShowModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    /// <summary>Enough for any one summit; the search page pages through more.</summary>
    private const int MaxArticles = 500;

    public Summit Summit { get; private set; } = null!;
    public int Total { get; private set; }
    public IReadOnlyList<IGrouping<DateOnly?, SearchHit>> ByDate { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (corpus.Catalogs.Summits.Find(id) is not { } summit)
            return NotFound();
        Summit = summit;
        var result = corpus.Searcher.Search(new SearchRequest { Summit = id, Sort = SearchSort.Date, Limit = MaxArticles });
        Total = result.Total;
        // Undated articles come last.
        ByDate = result.Hits.GroupBy(h => h.Date).OrderBy(g => g.Key is null).ThenBy(g => g.Key).ToList();
        return Page();
    }
}
