using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// One run: its progress while it works (the page asks the browser to reload itself every few seconds, so it needs
/// no JavaScript), then its report — every file's outcome, in the order the run went through them.
/// </summary>
public sealed class RunModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    /// <summary>How many file outcomes one page of the report lists.</summary>
    public const int FilesPerPage = 500;

    /// <summary>Seconds between reloads while the run is not finished.</summary>
    public const int RefreshSeconds = 2;

    public ImportRun Run { get; private set; } = null!;
    public IReadOnlyList<RunFile> Files { get; private set; } = [];

    /// <summary>The position after which the next page of outcomes starts, or null when this page holds the last.</summary>
    public int? NextAfter { get; private set; }

    public double PerSecond => Run.PerSecond(DateTimeOffset.UtcNow);

    public int Percent => Run.Total == 0 ? (Run.IsFinished ? 100 : 0) : (int)Math.Round(100.0 * Run.Done / Run.Total);

    public IActionResult OnGet(string id, int? after)
    {
        if (corpus.Runs.Get(id) is not { } run)
            return NotFound();
        Run = run;
        Files = corpus.Runs.Files(id, after ?? -1, FilesPerPage + 1);
        if (Files.Count > FilesPerPage)
        {
            Files = Files.Take(FilesPerPage).ToList();
            NextAfter = Files[^1].Position;
        }
        return Page();
    }
}
