using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// Walks the whole result of a search once, for exports and feeds: one query, one pass over the index collecting
/// sort keys only (no facets, no page re-run), then the rows read as they are written, a batch at a time: the
/// short fields from the index, bodies and captions from the store in one query a batch. Time grows linearly with
/// the hits; what is held is 16 bytes a hit and one batch of rows. The query is read within the same
/// <see cref="SearchLimits"/> as a search (length, pattern expansions).
/// </summary>
public sealed class ResultWalker(SearchIndex index, Analyzer analyzer, IArticleTexts texts, CatalogNames? names = null, SearchLimits? limits = null)
{
    private readonly CatalogNames _names = names ?? CatalogNames.Empty;
    private readonly SearchLimits _limits = limits ?? new SearchLimits();
    private readonly HitReader _hits = new(new SnippetBuilder(analyzer), texts);

    /// <summary>Runs the search and holds a searcher until the walk is disposed; <see cref="ResultWalk.Total"/> is known at once.</summary>
    public ResultWalk Start(SearchRequest request)
    {
        var (query, _) = new SearchQueryReader(analyzer, _names, _limits).Read(request.Query);
        var lease = index.Acquire();
        try
        {
            var keys = new SortKeyCollector(scores: !string.IsNullOrWhiteSpace(request.Query));
            SegmentCollection.Search(lease.Searcher, SearchFilters.Apply(query, request, _names), keys);
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

    /// <summary>Rows read together: one store query for their texts, few enough to hold while they are written.</summary>
    internal const int BatchSize = 200;

    /// <summary>Every hit, in the search's order, read a batch at a time as it is asked for.</summary>
    public IEnumerable<ResultRow> Rows
    {
        get
        {
            foreach (var batch in _order.Chunk(BatchSize))
            {
                var hits = batch.Select(i => (_keys.Doc(i), _keys.Score(i))).ToList();
                foreach (var (hit, doc, text) in _hits.Read(_lease.Searcher, hits, _terms, markTitles: false))
                {
                    yield return new ResultRow(hit)
                    {
                        DateSource = Get(doc, IndexFields.DateSource),
                        Dateline = Get(doc, IndexFields.Dateline),
                        Byline = Get(doc, IndexFields.Byline),
                        Entities = doc.GetValues(IndexFields.Entity, CultureInfo.InvariantCulture) ?? [],
                        Body = text.Body,
                    };
                }
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
