using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Web.Pages.Articles;

/// <summary>One article in full.</summary>
public sealed class ShowModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var article = corpus.Store.Get(id);
        if (article is null)
            return NotFound();
        Article = article;
        return Page();
    }
}
