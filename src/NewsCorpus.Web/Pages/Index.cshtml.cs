using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages;

/// <summary>Home: the archive's size and its newest articles.</summary>
public sealed class IndexModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    public int ArticleCount { get; private set; }
    public SearchResult Latest { get; private set; } = new(0, []);

    public void OnGet()
    {
        ArticleCount = corpus.Store.Count();
        Latest = corpus.Searcher.Search(new SearchRequest { Sort = SearchSort.Date, Limit = 10 });
    }
}
