using NewsCorpus.Core.Search;
using NewsCorpus.Web.Pages.Search;

namespace NewsCorpus.Web.Pages.Articles;

/// <summary>
/// The hits before and after an article in the search it was opened from, as links that keep the search. Found by
/// running the search again around the article's place (<c>at</c>); when the article is no longer there (the index
/// changed), no neighbours are offered rather than wrong ones.
/// </summary>
public sealed record ResultNeighbours(ResultNeighbour? Previous, ResultNeighbour? Next)
{
    public static readonly ResultNeighbours None = new(null, null);

    public static ResultNeighbours Find(ArticleSearcher searcher, SearchQuery search, string id, int at)
    {
        var offset = Math.Max(0, at - 2);
        var result = searcher.Search(search.ToRequest() with { Offset = offset, Limit = 3, AsList = true });
        var hits = result.Hits;
        var here = at - 1 - offset;
        if (here >= hits.Count || hits[here].Id != id)
            return None;
        ResultNeighbour? Link(int index) => index >= 0 && index < hits.Count
            ? new ResultNeighbour(hits[index].Title, search.ToArticleUrl(hits[index].Id, offset + index + 1))
            : null;
        return new ResultNeighbours(Link(here - 1), Link(here + 1));
    }
}

/// <summary>A neighbouring hit: its title and its address within the search.</summary>
public sealed record ResultNeighbour(string Title, string Url);
