using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>Runs a <see cref="SearchRequest"/> against the index: query, filters, sort, snippets.</summary>
public sealed class ArticleSearcher(SearchIndex index, Analyzer analyzer)
{
    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Body, IndexFields.Captions];
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Title] = 3f,
        [IndexFields.Body] = 1f,
        [IndexFields.Captions] = 0.5f,
    };

    private readonly SnippetBuilder _snippets = new(analyzer);

    public SearchResult Search(SearchRequest request)
    {
        var (query, message) = ParseQuery(request.Query);
        var filtered = ApplyFilters(query, request);
        var sortByDate = request.Sort == SearchSort.Date || string.IsNullOrWhiteSpace(request.Query);
        var limit = Math.Clamp(request.Limit, 1, 1000);
        var offset = Math.Max(0, request.Offset);
        var terms = QueryTerms(query);

        return index.Use(searcher =>
        {
            var wanted = offset + limit;
            var top = sortByDate
                ? searcher.Search(filtered, null, wanted, new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE), true, false)
                : searcher.Search(filtered, wanted);
            var hits = top.ScoreDocs.Skip(offset).Select(sd => ToHit(searcher.Doc(sd.Doc), sd.Score, terms)).ToList();
            return new SearchResult(top.TotalHits, hits) { Message = message };
        });
    }

    /// <summary>Articles whose words are most like those of article <paramref name="id"/>, best first, without itself.</summary>
    public IReadOnlyList<SearchHit> MoreLikeThis(string id, int limit = 5) => index.Use(searcher =>
    {
        var own = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs;
        if (own.Length == 0)
            return (IReadOnlyList<SearchHit>)[];
        var like = new Lucene.Net.Queries.Mlt.MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = [IndexFields.Title, IndexFields.Body],
            MinTermFreq = 2,
            MinDocFreq = 1,
        };
        var query = like.Like(own[0].Doc);
        return searcher.Search(query, limit + 1).ScoreDocs
            .Where(sd => sd.Doc != own[0].Doc)
            .Take(limit)
            .Select(sd => ToHit(searcher.Doc(sd.Doc), sd.Score, new HashSet<string>()))
            .ToList();
    });

    private (Query Query, string? Message) ParseQuery(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (new MatchAllDocsQuery(), null);
        var parser = new MultiFieldQueryParser(CorpusAnalyzer.Version, TextFields, analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
        };
        try
        {
            return (parser.Parse(text), null);
        }
        catch (ParseException)
        {
            // Bad syntax never fails a search: fall back to the words alone.
            return (parser.Parse(QueryParserBase.Escape(text)), "The query syntax could not be read; searched for the words instead.");
        }
    }

    private static Query ApplyFilters(Query query, SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Summit))
            filter.Add(new TermQuery(new Term(IndexFields.Summit, request.Summit)), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(request.Source))
            filter.Add(new TermQuery(new Term(IndexFields.Source, request.Source)), Occur.MUST);
        if (request.Year is { } year)
            filter.Add(new TermQuery(new Term(IndexFields.Year, year.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        if (request.From is not null || request.To is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.DateNumber,
                ToNumber(request.From), ToNumber(request.To), true, true), Occur.MUST);
        }
        return filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    private static int? ToNumber(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;

    private static HashSet<string> QueryTerms(Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Prefix and fuzzy queries only know their terms after a rewrite; snippets then go unmarked.
        }
        return terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    private SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, ISet<string> terms)
    {
        var date = doc.Get(IndexFields.Date, CultureInfo.InvariantCulture);
        return new SearchHit(
            Id: doc.Get(IndexFields.Id, CultureInfo.InvariantCulture),
            File: doc.Get(IndexFields.File, CultureInfo.InvariantCulture),
            Title: doc.Get(IndexFields.Title, CultureInfo.InvariantCulture),
            Date: date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summit: doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture),
            Source: doc.Get(IndexFields.Source, CultureInfo.InvariantCulture),
            Score: float.IsNaN(score) ? 0f : score,
            Snippet: _snippets.Build(doc.Get(IndexFields.Body, CultureInfo.InvariantCulture) ?? "", terms));
    }
}
