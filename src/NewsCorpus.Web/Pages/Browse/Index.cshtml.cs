using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsCorpus.Web.Pages.Browse;

/// <summary>The years that have dated articles, each with its count, newest first.</summary>
public sealed class IndexModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public IReadOnlyList<MonthCount> Months { get; private set; } = [];
    public IReadOnlyList<(int Year, int Articles)> Years { get; private set; } = [];
    public int Undated { get; private set; }

    public void OnGet()
    {
        Months = MonthCount.All(corpus.Store);
        Years = Months.GroupBy(m => m.Year).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Sum(m => m.Articles))).ToList();
        Undated = corpus.Store.Count() - Months.Sum(m => m.Articles);
    }
}
