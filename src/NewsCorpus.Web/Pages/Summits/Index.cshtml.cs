using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Web.Pages.Summits;

/// <summary>Every summit of the catalog, grouped by year (newest first), with its article count.</summary>
public sealed class IndexModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public IReadOnlyList<SummitYear> Years { get; private set; } = [];

    public void OnGet()
    {
        var counts = corpus.Store.CountBySummit().ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        Years = corpus.Catalogs.Summits.Summits
            .GroupBy(s => s.MeetingDate.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new SummitYear(g.Key, g.OrderBy(s => s.MeetingDate).Select(s => new SummitCount(s, counts.GetValueOrDefault(s.Id))).ToList()))
            .ToList();
    }
}

public sealed record SummitYear(int Year, IReadOnlyList<SummitCount> Summits);

public sealed record SummitCount(Summit Summit, int Articles);
