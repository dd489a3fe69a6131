using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// Queues a reparse or a reindex on the site's one writer (as <c>/api/v1/maintenance</c> does) and shows the runs
/// not finished yet, so an admin sees what the writer is busy with before adding more.
/// </summary>
public sealed class MaintenanceModel(NewsCorpus.Core.Corpus corpus, SiteWriter writer) : PageModel
{
    public IReadOnlyList<ImportRun> Unfinished { get; private set; } = [];

    /// <summary>
    /// Generated spellings of names the search still merges with them although imports have since brought them as
    /// ordinary words: only a command-line <c>reindex</c> decides again (the site's analyzer is fixed while it runs).
    /// </summary>
    public IReadOnlyList<string> SpellingsNowOrdinary { get; private set; } = [];

    /// <summary>How the search index stands against the store — what the readiness check (<c>/readyz</c>) reports.</summary>
    public IndexState Index { get; private set; } = null!;

    public int StoredArticles { get; private set; }

    public int IndexedArticles { get; private set; }

    public void OnGet()
    {
        Unfinished = corpus.Runs.Unfinished();
        SpellingsNowOrdinary = corpus.SpellingsNowOrdinary();
        Index = corpus.CheckIndex();
        StoredArticles = corpus.Store.Count();
        IndexedArticles = corpus.Index.DocumentCount;
    }

    public IActionResult OnPostReparse() => Queue(RunKind.Reparse);

    public IActionResult OnPostReindex() => Queue(RunKind.Reindex);

    private RedirectToPageResult Queue(RunKind kind)
    {
        var run = writer.EnqueueMaintenance(kind, User.Identity?.Name ?? "unknown", kind.ToString().ToLowerInvariant());
        return RedirectToPage("/Admin/Run", new { id = run.Id });
    }
}
