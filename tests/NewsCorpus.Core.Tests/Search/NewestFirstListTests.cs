using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A list without words is read from the segments' date order instead of searched: it must hold the articles, order,
/// sort values and total of the search it replaces (the request's filters over every article, newest first), over
/// several segments with deleted articles, undated ones, many sharing a date, and several sources an article.
/// </summary>
public sealed class NewestFirstListTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public NewestFirstListTests()
    {
        var random = new Random(7);
        string?[] summits = ["a", "b", null];
        string[] sources = ["s1", "s2", "s3"];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(CorpusAnalyzer.Version, new KeywordAnalyzer())))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 200; i++)
                {
                    var id = $"{segment}-{i}";
                    writer.AddDocument(ArticleDocument.Build(new Article
                    {
                        Id = id, FileName = id + ".txt", ContentHash = "h", Encoding = "utf-8", Title = id, OriginalText = id,
                        Date = random.Next(5) == 0 ? null : new DateOnly(2015, 12, 28).AddDays(random.Next(10)),
                        SummitId = summits[random.Next(summits.Length)],
                        SourceIds = [.. sources.Where(_ => random.Next(3) == 0)],
                    }));
                }
                writer.Commit();
                // Deletions in this segment and the ones before it.
                for (var d = 0; d < 15; d++)
                    writer.DeleteDocuments(new Term(IndexFields.Id, $"{random.Next(segment + 1)}-{random.Next(200)}"));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public static TheoryData<string> Requests => new()
    {
        "", "summit=a", "summit=zzz", "-summit=a", "summit=a summit=b", "source=s1", "source=s1 source=s2", "-source=s1 summit=b",
        "year=2016", "from=2016-01-02", "to=2015-12-31", "from=2015-12-30 to=2016-01-03", "from=2016-01-05 to=2016-01-01",
        "summit=a from=2016-01-01 to=2016-01-01", "-summit=b source=s3 to=2016-01-02",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Holds_what_the_filtered_search_finds_in_its_order(string request)
    {
        var list = FilterText.Request("", request);
        var search = SearchFilters.Apply(new MatchAllDocsQuery(), list, CatalogNames.Empty);
        foreach (var keep in new[] { 1, 10, 1000 })
        {
            var expected = new TopHitsCollector(keep, byDate: true);
            _searcher.Search(search, expected);

            var (total, hits) = NewestFirstList.Read(_searcher, list.Facets, SearchFilters.ToNumber(list.From), SearchFilters.ToNumber(list.To), keep);

            Assert.Equal(expected.TotalHits, total);
            Assert.Equal(Describe(expected.Hits(0, keep)), Describe(hits));
        }
    }

    [Fact]
    public void The_index_holds_what_the_lists_are_checked_on()
    {
        Assert.Equal(3, _reader.Leaves.Count);
        Assert.All(_reader.Leaves, leaf => Assert.True(leaf.AtomicReader.NumDeletedDocs > 0));
        Assert.Contains(_reader.Leaves, leaf => SegmentDates.Of(leaf.AtomicReader).Contains(0));
    }

    private static List<string> Describe(ScoreDoc[] hits) =>
        hits.Select(h => $"{h.Doc} {h.Score:R} [{string.Join(", ", ((FieldDoc)h).Fields.Select(f => Convert.ToString(f, System.Globalization.CultureInfo.InvariantCulture)))}]").ToList();

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
