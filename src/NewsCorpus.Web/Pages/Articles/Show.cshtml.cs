using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Text;
using NewsCorpus.Web.Pages.Search;

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
    /// <summary>What editors corrected on this article, and when.</summary>
    public IReadOnlyList<NewsCorpus.Core.Storage.StandingCorrection> Corrections { get; private set; } = [];
    /// <summary>The search the reader came from (<c>?q=</c>), whose words are marked.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }
    public IReadOnlyList<Snippet> Paragraphs { get; private set; } = [];
    public IReadOnlyList<Snippet> Captions { get; private set; } = [];
    public IReadOnlyList<Entity> People { get; private set; } = [];
    public IReadOnlyList<Entity> OtherEntities { get; private set; } = [];
    public IReadOnlyList<SearchHit> MoreLikeThis { get; private set; } = [];
    /// <summary>The search the reader came from, with its filters, sort and page; null when not arriving from one.</summary>
    public SearchQuery? From { get; private set; }
    /// <summary>The previous and next hits of that search, when the article is still where the link said (<c>at</c>).</summary>
    public ResultNeighbours Neighbours { get; private set; } = ResultNeighbours.None;

    public IActionResult OnGet(string id)
    {
        if (corpus.Store.Get(id) is not { } article)
            return NotFound();
        Article = article;
        Summit = article.SummitId is { } summitId ? corpus.Catalogs.Summits.Find(summitId) : null;
        if (article.CorrectedFields.Count > 0)
            Corrections = corpus.Store.Overrides.Standing(id);
        var highlighter = new QueryHighlighter(corpus.Analyzer);
        var terms = highlighter.Terms(Query);
        // The reading view shows words as the index reads them (الأمـ.ـن as الأمن); the original is one click away.
        Paragraphs = article.Paragraphs.Select(p => Repaired(highlighter.Mark(p, terms))).ToList();
        Captions = article.Captions.Select(c => Repaired(highlighter.Mark(c, terms))).ToList();
        var entities = article.Entities.Select(corpus.Catalogs.Entities.Find).OfType<Entity>().ToList();
        People = entities.Where(e => e.Type == Entity.Person).ToList();
        OtherEntities = entities.Where(e => e.Type != Entity.Person).ToList();
        MoreLikeThis = corpus.Searcher.MoreLikeThis(id, Related, asList: true);
        if (int.TryParse(Request.Query["at"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) && at > 0)
        {
            From = SearchQuery.Parse(Request.Query) with { Page = (at - 1) / SearchQuery.PageSize + 1 };
            Neighbours = ResultNeighbours.Find(corpus.Searcher, From, id, at);
        }
        return Page();
    }

    private static Snippet Repaired(Snippet marked) =>
        new(marked.Parts.Select(p => p with { Text = ReadingText.Repair(p.Text) }).ToList());

    /// <summary>Where a link on an entity goes: people are a search filter, places and bodies a search for their name.</summary>
    public static string EntitySearchUrl(Entity entity) => entity.Type == Entity.Person
        ? "/search?person=" + Uri.EscapeDataString(entity.Id)
        : "/search?q=" + Uri.EscapeDataString($"\"{entity.NameAr}\"");
}
