using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// <see cref="SegmentCollection"/> walks a segment in document order where the query can match only a few of its
/// documents (Lucene.Net's out-of-order disjunction scorer allocates 2,048 buckets a segment), and otherwise scores
/// as Lucene does: either way the same hits with the same scores as <see cref="IndexSearcher.Search(Query, int)"/>.
/// </summary>
public sealed class SegmentCollectionTests : IDisposable
{
    private const int Documents = 9_000;
    private static readonly int[] Rare = [7, 4_500, 8_999];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SegmentCollectionTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48));
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var doc = 0; doc < Documents; doc++)
            {
                // Every document says "common"; every third "third"; three say "rare" and one of those "rarer" too.
                var words = "common" + (doc % 3 == 0 ? " third" : "") + (Rare.Contains(doc) ? " rare" : "") + (doc == Rare[1] ? " rarer rarer" : "");
                writer.AddDocument([new TextField("body", words, Field.Store.NO)]);
                // Three segments of 3,000 documents: each holds enough "common" for Lucene's own scorer, and too few "third".
                if (doc % 3_000 == 2_999)
                    writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    [Fact]
    public void The_index_has_several_segments()
    {
        Assert.Equal(3, _reader.Leaves.Count);
    }

    [Theory]
    [InlineData("rare rarer", true)]
    [InlineData("rare nowhere", true)]
    [InlineData("nowhere elsewhere", true)]
    [InlineData("third rarer", true)]
    [InlineData("common rare", false)]
    [InlineData("common third", false)]
    public void A_disjunction_is_walked_in_order_where_a_segment_holds_few_of_its_documents(string words, bool inOrder)
    {
        var weight = _searcher.CreateNormalizedWeight(Parse(words));
        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: false);
        Assert.True(collector.AcceptsDocsOutOfOrder && weight.ScoresDocsOutOfOrder);

        var scorers = _reader.Leaves.Select(segment => SegmentCollection.ScorerFor(weight, segment, collector)).ToList();

        if (inOrder)
            Assert.All(scorers, s => Assert.True(s is null or SegmentCollection.InOrder, s?.GetType().Name));
        else
            Assert.All(scorers, s => Assert.False(s is null or SegmentCollection.InOrder, s?.GetType().Name));
    }

    [Theory]
    [InlineData("rare rarer")]
    [InlineData("rare third")]
    [InlineData("common rare")]
    [InlineData("third rarer")]
    [InlineData("+common +rare")]
    [InlineData("+third -rare")]
    [InlineData("+common rarer")]
    public void Finds_the_same_hits_with_the_same_scores_as_lucene(string text)
    {
        var query = Parse(text);
        var expected = _searcher.Search(query, Documents);
        var collector = TopScoreDocCollector.Create(Documents, docsScoredInOrder: false);

        SegmentCollection.Search(_searcher, query, collector);

        var actual = collector.GetTopDocs();
        Assert.True(expected.TotalHits > 0);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(h => (h.Doc, h.Score)), actual.ScoreDocs.Select(h => (h.Doc, h.Score)));
    }

    [Theory]
    [InlineData("rare rarer")]
    [InlineData("common rare")]
    public void A_collector_that_ends_a_segment_goes_on_with_the_next(string words)
    {
        var firsts = new FirstOfEachSegment();

        SegmentCollection.Search(_searcher, Parse(words), firsts);

        var weight = _searcher.CreateNormalizedWeight(Parse(words));
        var segmentsWithHits = _reader.Leaves.Count(l => weight.GetScorer(l, null) is { } s && s.NextDoc() != DocIdSetIterator.NO_MORE_DOCS);
        Assert.Equal(3, segmentsWithHits);
        Assert.Equal(segmentsWithHits, firsts.Collected);
    }

    [Fact]
    public void A_walk_up_to_a_document_stops_before_it_and_says_more_remain()
    {
        var segment = _reader.Leaves[0];
        var scorer = _searcher.CreateNormalizedWeight(new TermQuery(new Term("body", "third"))).GetScorer(segment, null)!;
        var docs = new List<int>();
        var collector = new Recorder(docs);

        var more = new SegmentCollection.InOrder(scorer).Score(collector, 10);

        Assert.True(more);
        Assert.Equal([0, 3, 6, 9], docs);
        Assert.False(new SegmentCollection.InOrder(scorer).Score(collector, DocIdSetIterator.NO_MORE_DOCS));
        Assert.Equal(1_000, docs.Count);
    }

    /// <summary>A query of words in the body: each may be found, must be (<c>+</c>) or must not be (<c>-</c>).</summary>
    private static BooleanQuery Parse(string text)
    {
        var query = new BooleanQuery();
        foreach (var word in text.Split(' '))
        {
            var occur = word[0] switch { '+' => Occur.MUST, '-' => Occur.MUST_NOT, _ => Occur.SHOULD };
            query.Add(new TermQuery(new Term("body", word.TrimStart('+', '-'))), occur);
        }
        return query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Takes hits in any order, and only the first of each segment.</summary>
    private sealed class FirstOfEachSegment : ICollector
    {
        public int Collected { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            Collected++;
            throw new CollectionTerminatedException();
        }
    }

    private sealed class Recorder(List<int> docs) : ICollector
    {
        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => docs.Add(doc);
    }
}
