using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Storage;
using NewsCorpus.Web.Pages.Home;

namespace NewsCorpus.Web.Pages;

/// <summary>Home: search, the summits with their article counts, a timeline per month, the latest imports.</summary>
public sealed class IndexModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    private const int FallbackSummits = 6;

    public int ArticleCount { get; private set; }
    public int SummitCount { get; private set; }
    public IReadOnlyList<(Summit Summit, int Articles)> Summits { get; private set; } = [];
    public TimelineChart Timeline { get; private set; } = TimelineChart.From([]);
    public IReadOnlyList<ArticleListing> Latest { get; private set; } = [];

    public void OnGet()
    {
        ArticleCount = corpus.Store.Count();
        var counts = corpus.Store.CountBySummit().ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        var catalog = corpus.Catalogs.Summits.Summits;
        SummitCount = catalog.Count;
        var covered = catalog.Where(s => counts.ContainsKey(s.Id)).ToList();
        // Before any article is placed at a summit, the newest summits of the catalog still show what to expect.
        Summits = (covered.Count > 0 ? covered : catalog.TakeLast(FallbackSummits))
            .OrderByDescending(s => s.MeetingDate)
            .Select(s => (s, counts.GetValueOrDefault(s.Id)))
            .ToList();
        Timeline = TimelineChart.From(corpus.Store.CountByMonth());
        Latest = corpus.Store.LatestImported(8);
    }
}
