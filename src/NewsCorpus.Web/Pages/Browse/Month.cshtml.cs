using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Browse;

/// <summary>One month's articles, oldest first, grouped by day.</summary>
public sealed class MonthModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    private const int MaxArticles = 1000;

    public int Year { get; private set; }
    public int Month { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<IGrouping<DateOnly?, SearchHit>> ByDate { get; private set; } = [];

    public IActionResult OnGet(int year, int month)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
            return NotFound();
        (Year, Month) = (year, month);
        // The month's last day from the calendar: "first.AddMonths(1)" overflows in December 9999.
        var result = corpus.Searcher.Search(new SearchRequest
        {
            From = new DateOnly(year, month, 1), To = new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
            Sort = SearchSort.Date, Limit = MaxArticles,
        }, HttpContext.RequestAborted);
        Total = result.Total;
        ByDate = result.Hits.GroupBy(h => h.Date).OrderBy(g => g.Key).ToList();
        return Page();
    }
}
