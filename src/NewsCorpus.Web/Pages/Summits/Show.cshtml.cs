using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Summits;

/// <summary>One summit: its facts from the catalog and its articles, grouped by date (oldest first), a page at a time.</summary>
public sealed class ShowModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public Summit Summit { get; private set; } = null!;
    public int Total { get; private set; }
    public IReadOnlyList<IGrouping<DateOnly?, SearchHit>> ByDate { get; private set; } = [];
    /// <summary>Which of the summit's pages of <see cref="ListPage.Size"/> articles this is.</summary>
    public ListPage Paging { get; private set; } = null!;

    public IActionResult OnGet(string id, [FromQuery(Name = "page")] int? page)
    {
        if (corpus.Catalogs.Summits.Find(id) is not { } summit)
            return NotFound();
        Summit = summit;
        var number = ListPage.Requested(page);
        var result = corpus.Searcher.Search(new SearchRequest
        {
            Summit = id, Sort = SearchSort.Date, Offset = ListPage.OffsetOf(number), Limit = ListPage.Size, AsList = true,
        });
        Total = result.Total;
        Paging = new ListPage("/summits/" + Uri.EscapeDataString(id), number, Total);
        // Undated articles come last.
        ByDate = result.Hits.GroupBy(h => h.Date).OrderBy(g => g.Key is null).ThenBy(g => g.Key).ToList();
        return Page();
    }
}
