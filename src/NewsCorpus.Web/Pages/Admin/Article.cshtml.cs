using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Editing;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;
using NewsCorpus.Web.Corpus;
using NewsCorpus.Web.Localization;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// An editor's page for one article: correct its title, date, summit (from the catalog) and source with a reason,
/// revert a correction, remove it with a reason — or, once removed, restore it. Every change goes through the site's
/// one writer (<see cref="SiteWriter.EditAsync"/>) and reaches search before the page answers.
/// </summary>
public sealed class ArticleModel(NewsCorpus.Core.Corpus corpus, SiteWriter writer, IStringLocalizer<Ui> text) : PageModel
{
    public Article? Article { get; private set; }
    public RemovedArticle? Removed { get; private set; }
    public IReadOnlyList<StandingCorrection> Corrections { get; private set; } = [];
    public IReadOnlyList<EditorialAct> History { get; private set; } = [];
    public IReadOnlyList<Summit> Summits => corpus.Catalogs.Summits.Summits;
    public string? Refusal { get; private set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Summit { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Field { get; set; }

    public IActionResult OnGet(string id) => Load(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostCorrectAsync(string id)
    {
        var article = corpus.Store.Get(id);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Only what the editor changed is a correction; an emptied date, summit or source means "none".
        Changed(ArticleOverrides.Title, Title, article?.Title);
        Changed(ArticleOverrides.Date, Date, article?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Changed(ArticleOverrides.Summit, Summit, article?.SummitId);
        Changed(ArticleOverrides.Source, Source, article?.Source);
        return EditAsync(id, c => c.Editor.Correct(id, fields, Who, Reason ?? ""));

        void Changed(string field, string? posted, string? current)
        {
            var value = string.IsNullOrWhiteSpace(posted) ? null : posted.Trim();
            if (value != current)
                fields[field] = value;
        }
    }

    public Task<IActionResult> OnPostRevertAsync(string id) => EditAsync(id, c => c.Editor.Revert(id, Field ?? "", Who, Reason));

    public Task<IActionResult> OnPostRemoveAsync(string id) => EditAsync(id, c => c.Editor.Remove(id, Who, Reason ?? ""));

    public Task<IActionResult> OnPostRestoreAsync(string id) => EditAsync(id, c => c.Editor.Restore(id, Who, Reason));

    private async Task<IActionResult> EditAsync<T>(string id, Func<NewsCorpus.Core.Corpus, T> edit)
    {
        try
        {
            await writer.EditAsync(edit);
            return RedirectToPage("/Admin/Article", new { id });
        }
        catch (ArticleNotFoundException)
        {
            return NotFound();
        }
        catch (ArgumentException e)
        {
            Load(id);
            Refusal = text["EditRefused", e.Message];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (EditNotIndexedException)
        {
            // Saved: the page shows the store's article as edited, and says why search may not show it for a while.
            Load(id);
            Refusal = text["EditSavedNotIndexed"];
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }

    private bool Load(string id)
    {
        Article = corpus.Store.Get(id);
        Removed = Article is null ? corpus.Store.Removals.Get(id) : null;
        if (Article is null && Removed is null)
            return false;
        Corrections = corpus.Store.Overrides.Standing(id);
        History = corpus.Editor.History(id);
        return true;
    }

    private string Who => User.Identity?.Name ?? "unknown";
}
