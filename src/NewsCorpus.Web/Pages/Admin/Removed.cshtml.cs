using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>The articles editors removed, most recent first, each linking to its page where it can be restored.</summary>
public sealed class RemovedModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<RemovedArticle> Articles { get; private set; } = [];

    public void OnGet() => Articles = corpus.Store.Removals.Recent(Shown);
}
