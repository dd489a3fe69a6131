using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsCorpus.Web.Pages.Browse;

/// <summary>One year: its twelve months, each with its article count.</summary>
public sealed class YearModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<MonthCount> Months { get; private set; } = [];
    public int Total => Months.Sum(m => m.Articles);

    public IActionResult OnGet(int year)
    {
        if (year is < 1 or > 9999)
            return NotFound();
        Year = year;
        var counts = MonthCount.All(corpus.Store).Where(m => m.Year == year).ToDictionary(m => m.Month, m => m.Articles);
        Months = Enumerable.Range(1, 12).Select(m => new MonthCount(year, m, counts.GetValueOrDefault(m))).ToList();
        return Page();
    }
}
