using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Articles;

/// <summary>
/// One article in full: what was extracted from it (date and how it was found, summit, source, entities),
/// captions apart from the body, the search's words marked when arriving from a search, and related articles.
/// </summary>
public sealed class ShowModel(NewsCorpus.Core.Corpus corpus) : PageModel
{
    private const int Related = 5;

    public Article Article { get; private set; } = null!;
    public Summit? Summit { get; private set; }
    /// <summary>The search the reader came from (<c>?q=</c>), whose words are marked.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }
    public IReadOnlyList<Snippet> Paragraphs { get; private set; } = [];
    public IReadOnlyList<Snippet> Captions { get; private set; } = [];
    public IReadOnlyList<Entity> People { get; private set; } = [];
    public IReadOnlyList<Entity> OtherEntities { get; private set; } = [];
    public IReadOnlyList<SearchHit> MoreLikeThis { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (corpus.Store.Get(id) is not { } article)
            return NotFound();
        Article = article;
        Summit = article.SummitId is { } summitId ? corpus.Catalogs.Summits.Find(summitId) : null;
        var highlighter = new QueryHighlighter(corpus.Analyzer);
        var terms = highlighter.Terms(Query);
        Paragraphs = article.Paragraphs.Select(p => highlighter.Mark(p, terms)).ToList();
        Captions = article.Captions.Select(c => highlighter.Mark(c, terms)).ToList();
        var entities = article.Entities.Select(corpus.Catalogs.Entities.Find).OfType<Entity>().ToList();
        People = entities.Where(e => e.Type == Entity.Person).ToList();
        OtherEntities = entities.Where(e => e.Type != Entity.Person).ToList();
        MoreLikeThis = corpus.Searcher.MoreLikeThis(id, Related);
        return Page();
    }

    /// <summary>Where a link on an entity goes: people are a search filter, places and bodies a search for their name.</summary>
    public static string EntitySearchUrl(Entity entity) => entity.Type == Entity.Person
        ? "/search?person=" + Uri.EscapeDataString(entity.Id)
        : "/search?q=" + Uri.EscapeDataString($"\"{entity.NameAr}\"");
}
