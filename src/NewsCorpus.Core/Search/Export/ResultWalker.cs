using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// Walks the whole result of a search once, for exports and feeds: one query, one pass over the index collecting
/// sort keys only (no facets, no page re-run), then the rows read one by one from the stored fields as they are
/// written. Time grows linearly with the hits; what is held is 16 bytes a hit, never the rows. The query is read
/// within the same <see cref="SearchLimits"/> as a search (length, pattern expansions).
/// </summary>
public sealed class ResultWalker(SearchIndex index, Analyzer analyzer, CatalogNames? names = null, SearchLimits? limits = null)
{
    private readonly CatalogNames _names = names ?? CatalogNames.Empty;
    private readonly SearchLimits _limits = limits ?? new SearchLimits();
    private readonly HitReader _hits = new(new SnippetBuilder(analyzer));

    /// <summary>Runs the search and holds a searcher until the walk is disposed; <see cref="ResultWalk.Total"/> is known at once.</summary>
    public ResultWalk Start(SearchRequest request)
    {
        var (query, _) = new SearchQueryReader(analyzer, _names, _limits).Read(request.Query);
        var lease = index.Acquire();
        try
        {
            var keys = new SortKeyCollector(scores: !string.IsNullOrWhiteSpace(request.Query));
            lease.Searcher.Search(SearchFilters.Apply(query, request, _names), keys);
            return new ResultWalk(lease, keys, keys.Order(request.SortsByDate), MatchedTerms.Of(query, lease.Searcher), _hits);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }
}

/// <summary>One walk over a counted result: read <see cref="Rows"/> once, then dispose.</summary>
public sealed class ResultWalk : IDisposable
{
    private readonly SearcherLease _lease;
    private readonly SortKeyCollector _keys;
    private readonly int[] _order;
    private readonly ISet<Lucene.Net.Index.Term> _terms;
    private readonly HitReader _hits;

    internal ResultWalk(SearcherLease lease, SortKeyCollector keys, int[] order, ISet<Lucene.Net.Index.Term> terms, HitReader hits)
    {
        (_lease, _keys, _order, _terms, _hits) = (lease, keys, order, terms, hits);
    }

    /// <summary>How many articles match: the number of rows the walk yields.</summary>
    public int Total => _order.Length;

    /// <summary>Every hit, in the search's order, read from the index as it is asked for.</summary>
    public IEnumerable<ResultRow> Rows
    {
        get
        {
            foreach (var i in _order)
            {
                var doc = _lease.Searcher.Doc(_keys.Doc(i));
                yield return new ResultRow(_hits.Read(doc, _keys.Score(i), _terms))
                {
                    DateSource = Get(doc, IndexFields.DateSource),
                    Dateline = Get(doc, IndexFields.Dateline),
                    Byline = Get(doc, IndexFields.Byline),
                    Entities = doc.GetValues(IndexFields.Entity, CultureInfo.InvariantCulture) ?? [],
                    Body = Get(doc, IndexFields.Body) ?? "",
                };
            }
        }
    }

    public void Dispose() => _lease.Dispose();

    private static string? Get(Document doc, string field) => doc.Get(field, CultureInfo.InvariantCulture);
}

/// <summary>One hit of a walk with what an export adds to the page's hit: stored facts and the whole text.</summary>
public sealed record ResultRow(SearchHit Hit)
{
    public string? DateSource { get; init; }
    public string? Dateline { get; init; }
    public string? Byline { get; init; }
    /// <summary>Catalog ids of every person, place and organisation tagged on the article.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];
    public string Body { get; init; } = "";
}
