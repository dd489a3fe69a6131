using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// The page's hits come from <see cref="TopHitsCollector"/>, which must keep exactly what Lucene's sorted collector
/// keeps, in the same order with the same sort values, and count the same hits: checked over an index of several
/// segments, with deletions, many equal dates and equal scores, in both orders, at several page sizes and after
/// cursors taken from Lucene's own pages.
/// </summary>
public sealed class TopHitsCollectorTests : IDisposable
{
    private static readonly string[] Words = ["قمة", "بوتين", "اوباما", "سوريا", "جنيف"];
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TopHitsCollectorTests()
    {
        var random = new Random(12);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(CorpusAnalyzer.Version, new WhitespaceAnalyzer(CorpusAnalyzer.Version))))
        {
            for (var segment = 0; segment < 4; segment++)
            {
                for (var i = 0; i < 150; i++)
                {
                    var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]);
                    var doc = new Document
                    {
                        new StringField("n", $"{segment}-{i}", Field.Store.NO),
                        new TextField(IndexFields.Body, string.Join(' ', words), Field.Store.NO),
                        // Few distinct dates, some undated: most hits tie on the date with others.
                        new NumericDocValuesField(IndexFields.DateSort, random.Next(4) == 0 ? 0 : 20150900 + random.Next(1, 8)),
                    };
                    writer.AddDocument(doc);
                }
                writer.DeleteDocuments(new Term("n", $"{segment}-{random.Next(150)}"));
                writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public static TheoryData<string, bool> Queries => new()
    {
        { "بوتين", true }, { "بوتين", false }, { "بوتين سوريا", true }, { "بوتين سوريا", false }, { "*", true }, { "*", false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Keeps_what_Lucene_keeps_in_its_order(string words, bool byDate)
    {
        var query = Query(words);
        foreach (var size in new[] { 1, 7, 50, 1000 })
        {
            var lucene = TopFieldCollector.Create(byDate ? TopHitsCollector.ByDate : TopHitsCollector.ByRelevance, size, true, true, false, false);
            _searcher.Search(query, lucene);
            var ours = new TopHitsCollector(size, byDate);
            _searcher.Search(query, ours);

            var expected = lucene.GetTopDocs();
            Assert.True(expected.TotalHits > 10);
            Assert.Equal(expected.TotalHits, ours.TotalHits);
            Assert.Equal(Describe(expected.ScoreDocs), Describe(ours.Hits(0, size)));
            Assert.Equal(Describe(expected.ScoreDocs.Skip(3).Take(4).ToArray()), Describe(ours.Hits(3, 4)));
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Continues_after_a_cursor_where_Lucene_continues(string words, bool byDate)
    {
        var query = Query(words);
        var sort = byDate ? TopHitsCollector.ByDate : TopHitsCollector.ByRelevance;
        var all = _searcher.Search(query, null, 1000, sort, true, false).ScoreDocs;
        foreach (var end in new[] { 0, 5, 17, all.Length / 2, all.Length - 2 })
        {
            var cursor = SearchCursor.From(all[end], byDate);
            var lucene = TopFieldCollector.Create(sort, 10, SearchCursor.SortedHit(cursor.Doc, cursor.Score, cursor.DateKey, byDate), true, true, false, false);
            _searcher.Search(query, lucene);
            var ours = new TopHitsCollector(10, byDate, cursor);
            _searcher.Search(query, ours);

            Assert.Equal(Describe(all.Skip(end + 1).Take(10).ToArray()), Describe(ours.Hits(0, 10)));
            Assert.Equal(Describe(lucene.GetTopDocs().ScoreDocs), Describe(ours.Hits(0, 10)));
            Assert.Equal(lucene.TotalHits, ours.TotalHits);
        }
    }

    [Fact]
    public void A_search_without_hits_keeps_none()
    {
        var ours = new TopHitsCollector(10, byDate: true);
        _searcher.Search(new TermQuery(new Term(IndexFields.Body, "لاشيء")), ours);

        Assert.Equal(0, ours.TotalHits);
        Assert.Empty(ours.Hits(0, 10));
    }

    private static Query Query(string words)
    {
        if (words == "*")
            return new MatchAllDocsQuery();
        var query = new BooleanQuery();
        foreach (var word in words.Split(' '))
            query.Add(new TermQuery(new Term(IndexFields.Body, word)), Occur.SHOULD);
        return query;
    }

    /// <summary>Each hit's document, score and sort values as text, so a difference shows which hit and value.</summary>
    private static List<string> Describe(ScoreDoc[] hits) =>
        hits.Select(h => $"{h.Doc} {h.Score:R} [{string.Join(", ", ((FieldDoc)h).Fields.Select(f => Convert.ToString(f, System.Globalization.CultureInfo.InvariantCulture)))}]").ToList();

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
