using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Web.Api;
using Microsoft.Extensions.Localization;
using NewsCorpus.Web.Corpus;
using NewsCorpus.Web.Localization;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// Queues an import on the site's one writer — uploaded files or zips (staged as the API stages them, under the same
/// limits), or a folder below the configured inbox — and sends the admin to the run's page to watch it.
/// </summary>
[RefuseOversizedUpload]
public sealed class ImportModel(NewsCorpus.Core.Corpus corpus, SiteWriter writer, IStringLocalizer<Ui> text) : PageModel
{
    /// <summary>Why the last attempt queued nothing, shown above the forms.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The inbox folders are offered only when an inbox is configured.</summary>
    public string InboxDir => corpus.Options.InboxDir;

    [BindProperty]
    public string? Folder { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellation)
    {
        var options = corpus.Options;
        var files = Request.Form.Files.GetFiles(UploadStaging.Field);
        if (files.Count == 0)
            return Refuse("NoFileChosen");
        var folder = RunStaging.CreateFolder(options.DataDir);
        StagedUpload staged;
        try
        {
            staged = await UploadStaging.StageFormFilesAsync(files, options, folder, cancellation);
        }
        catch (Exception e) when (e is UploadStaging.TooLargeException or InvalidDataException or IOException)
        {
            Directory.Delete(folder, recursive: true);
            return Refuse("UploadRefused", e.Message);
        }
        var count = staged.Files + staged.Refused.Count;
        var run = writer.EnqueueImport(Who, $"{count} uploaded file{(count == 1 ? "" : "s")}", [folder], folder, staged.Refused);
        return RedirectToPage("/Admin/Run", new { id = run.Id });
    }

    public IActionResult OnPostFolder()
    {
        if (string.IsNullOrWhiteSpace(Folder))
            return Refuse("NoFolderGiven");
        var path = Path.Combine(corpus.Options.InboxDir, Folder);
        if (InboxPaths.Refusal([path], corpus.Options.InboxDir) is { } refusal)
            return Refuse("FolderRefused", refusal);
        if (!Directory.Exists(path) && !System.IO.File.Exists(path))
            return Refuse("FolderMissing", Folder);
        var run = writer.EnqueueImport(Who, ImportSource.Describe([path]), ImportSource.Absolute([path]));
        return RedirectToPage("/Admin/Run", new { id = run.Id });
    }

    private string Who => User.Identity?.Name ?? "unknown";

    private PageResult Refuse(string key, params object[] details)
    {
        Refusal = text[key, details];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
