using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Browse;

/// <summary>One month's articles, oldest first, grouped by day, a page at a time.</summary>
public sealed class MonthModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<IGrouping<DateOnly?, SearchHit>> ByDate { get; private set; } = [];
    /// <summary>Which of the month's pages of <see cref="ListPage.Size"/> articles this is.</summary>
    public ListPage Paging { get; private set; } = null!;

    public IActionResult OnGet(int year, int month, [FromQuery(Name = "page")] int? page)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
            return NotFound();
        (Year, Month) = (year, month);
        // The month's last day from the calendar: "first.AddMonths(1)" overflows in December 9999.
        var result = corpus.Searcher.Search(new SearchRequest
        {
            From = new DateOnly(year, month, 1), To = new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
            Sort = SearchSort.Date, Offset = ListPage.OffsetOf(ListPage.Requested(page)), Limit = ListPage.Size, AsList = true,
        }, HttpContext.RequestAborted);
        Total = result.Total;
        Paging = new ListPage(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/browse/{year}/{month}"), ListPage.Requested(page), Total);
        ByDate = result.Hits.GroupBy(h => h.Date).OrderBy(g => g.Key).ToList();
        return Page();
    }
}
