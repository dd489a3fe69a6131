using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A search split over the cores (<see cref="SlicedSearch"/>) must collect exactly what one pass over every segment
/// collects: the same top hits in the same order with the same scores and dates, the same total, facet counts,
/// months and drill-sideways counts. Checked over the judged articles indexed into five separate indexes read as one
/// (so at least five segments, whatever the merge policy and the machine's indexing threads make of each), in two and
/// three slices, against the same collectors run on one thread.
/// </summary>
public sealed class SlicedSearchTests : IDisposable
{
    private readonly JudgedSet _set = JudgedSet.Load();
    private readonly string _folder = Directory.CreateTempSubdirectory("newscorpus-sliced-").FullName;
    private readonly CorpusAnalyzer _analyzer;
    private readonly List<Lucene.Net.Store.Directory> _directories = [];
    private readonly MultiReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly CatalogNames _names;

    public SlicedSearchTests()
    {
        _analyzer = new CorpusAnalyzer(SearchLexicon.From(_set.Catalogs));
        _names = new CatalogNames(_set.Catalogs);
        // One index would merge its segments as its merge policy sees fit (five of a size make one): five indexes
        // of one commit each keep at least five segments apart.
        var parts = new List<IndexReader>();
        foreach (var (chunk, number) in _set.Articles.Chunk((_set.Articles.Count + 4) / 5).Select((c, i) => (c, i)))
        {
            var folder = Path.Combine(_folder, $"part{number}");
            using (var index = new SearchIndex(folder, _analyzer, _set.Catalogs.Entities))
                index.Index(chunk);
            var directory = Lucene.Net.Store.FSDirectory.Open(folder);
            _directories.Add(directory);
            parts.Add(DirectoryReader.Open(directory));
        }
        _reader = new MultiReader([.. parts], closeSubReaders: true);
        _searcher = new IndexSearcher(_reader);
    }

    public static TheoryData<string, string, bool> Requests => new()
    {
        { "بوتين", "", false },
        { "بوتين", "", true },
        { "بوتين سوريا", "", false },
        { "قمة", "year=2018", false },
        { "لقاء", "person=putin person=biden -source=tass", true },
        { "", "summit=helsinki-2018", true },
        { "ترامب", "year=2025", false },
        { "اوباما", "from=2013-01-01 to=2016-12-31", false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Slices_collect_what_one_pass_collects(string text, string filters, bool byDate)
    {
        var request = FilterText.Request(text, filters) with { Sort = byDate ? SearchSort.Date : SearchSort.Relevance };
        Assert.True(_searcher.IndexReader.Leaves.Count >= 5, $"only {_searcher.IndexReader.Leaves.Count} segments");
        var (query, make) = Collection(request);
        var (whole, _) = SlicedSearch.Run(_searcher, query, [], make, Budget());
        Assert.True(whole.Top.TotalHits > 0, "the request finds nothing: the comparison would prove nothing");
        for (var count = 2; count <= 3; count++)
        {
            var slices = SlicedSearch.Slices(_searcher.IndexReader.Leaves, count);
            Assert.Equal(count, slices.Count);
            var (sliced, partial) = SlicedSearch.Run(_searcher, query, slices, make, Budget());
            Assert.False(partial);
            Assert.Equal(whole.Top.TotalHits, sliced.Top.TotalHits);
            Assert.Equal(Lines(whole.Top.Hits(0, 1000)), Lines(sliced.Top.Hits(0, 1000)));
            Assert.Equal(Facets(whole), Facets(sliced));
            Assert.Equal(whole.Months!.Result(), sliced.Months!.Result());
        }
    }

    [Fact]
    public void Slices_hold_every_segment_once_in_index_order_and_about_equal_documents()
    {
        var leaves = _searcher.IndexReader.Leaves;
        var slices = SlicedSearch.Slices(leaves, 2);

        Assert.Equal(leaves.Select(l => l.Ord).Order(), slices.SelectMany(s => s).Select(l => l.Ord).Order());
        Assert.All(slices, s => Assert.Equal(s.Select(l => l.DocBase).Order(), s.Select(l => l.DocBase)));
        var sizes = slices.Select(s => s.Sum(l => l.AtomicReader.MaxDoc)).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= leaves.Max(l => l.AtomicReader.MaxDoc), string.Join(", ", sizes));
        Assert.Single(SlicedSearch.Slices(leaves, 1));
        Assert.Equal(leaves.Count, SlicedSearch.Slices(leaves, leaves.Count + 5).Count);
    }

    /// <summary>The query and the collectors <see cref="ArticleSearcher"/> makes for <paramref name="request"/>.</summary>
    private (Query, Func<PageCollection>) Collection(SearchRequest request)
    {
        var (query, _) = new SearchQueryReader(_analyzer, _names, new SearchLimits()).Read(request.Query);
        var chosen = request.AllFacetFilters().Select(f => f with { Value = SearchFilters.Resolve(_names, f) }).ToList();
        var collected = SearchFilters.Apply(query, request, _names, withFacets: chosen.Count == 0);
        return (collected, () => new PageCollection(1000, request.SortsByDate, null, asList: false, chosen));
    }

    private static SearchBudget Budget() => new(TimeSpan.FromMinutes(1), CancellationToken.None);

    private static List<string> Lines(ScoreDoc[] hits) =>
        [.. hits.Select(h => $"{h.Doc} {h.Score:R} {string.Join(",", ((FieldDoc)h).Fields)}")];

    private static List<string> Facets(PageCollection collection)
    {
        var counts = collection.Facets!.Result();
        var all = collection.Sideways?.Complete(counts) ?? counts;
        return [.. all.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(c => $"{f.Key}={c.Value}:{c.Count}"))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        foreach (var directory in _directories)
            directory.Dispose();
        _analyzer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
