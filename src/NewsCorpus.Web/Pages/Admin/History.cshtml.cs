using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>Every import, reparse and reindex run, newest first, a page at a time, each linking to its report.</summary>
public sealed class HistoryModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public const int RunsPerPage = 25;

    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasNext { get; private set; }

    public void OnGet(int? p)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        // One more than a page tells whether a next page exists without counting every run.
        var runs = corpus.Runs.Recent(RunsPerPage + 1, offset: (PageNumber - 1) * RunsPerPage);
        HasNext = runs.Count > RunsPerPage;
        Runs = runs.Take(RunsPerPage).ToList();
    }
}
