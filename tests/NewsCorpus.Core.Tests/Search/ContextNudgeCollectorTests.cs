using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>Related articles: among equally similar texts, those sharing the article's summit and people come first.</summary>
public sealed class ContextNudgeCollectorTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public ContextNudgeCollectorTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(CorpusAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(CorpusAnalyzer.Version))))
        {
            // The same words in each: only the summit and the people tell them apart.
            Add(writer, "plain", null, []);
            Add(writer, "other-summit", "g8-2013", ["obama"]);
            Add(writer, "one-person", null, ["putin"]);
            writer.Commit();
            Add(writer, "summit", "g20-2016", []);
            Add(writer, "summit-and-people", "g20-2016", ["putin", "obama"]);
            Add(writer, "plain-2", null, []);
        }
        _reader = DirectoryReader.Open(_directory);
    }

    [Fact]
    public void Sharing_the_summit_and_people_raises_a_hit_and_equal_hits_keep_index_order()
    {
        // 1 + 0.5 + 2 × 0.2, then 1 + 0.5, then one person each (in index order), then none.
        Assert.Equal(["summit-and-people", "summit", "other-summit", "one-person", "plain", "plain-2"], Ids(new ContextNudgeCollector(10, "g20-2016", ["putin", "obama"])));
        Assert.Equal(["plain", "other-summit", "one-person", "summit", "summit-and-people", "plain-2"], Ids(new ContextNudgeCollector(10, null, [])));
    }

    [Fact]
    public void Keeps_only_the_best_of_as_many_as_asked()
    {
        Assert.Equal(["summit-and-people", "summit"], Ids(new ContextNudgeCollector(2, "g20-2016", ["putin"])));
        Assert.Equal(["plain", "other-summit"], Ids(new ContextNudgeCollector(2, null, [])));
    }

    [Fact]
    public void Walks_no_more_matches_than_it_may_across_segments()
    {
        // Four matches: the first segment's three and the second's first; "summit-and-people" comes after and is not seen.
        Assert.Equal(["summit", "other-summit", "one-person", "plain"], Ids(new ContextNudgeCollector(10, "g20-2016", ["putin", "obama"], maxMatches: 4)));
        Assert.Equal(["plain"], Ids(new ContextNudgeCollector(10, "g20-2016", [], maxMatches: 1)));
        Assert.Equal(6, Ids(new ContextNudgeCollector(10, null, [], maxMatches: 6)).Count);
    }

    private List<string> Ids(ContextNudgeCollector collector)
    {
        var searcher = new IndexSearcher(_reader);
        collector.Search(searcher, new TermQuery(new Term(IndexFields.Body, "قمة")));
        return [.. collector.Hits().Select(h => searcher.Doc(h.Doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture))];
    }

    private static void Add(IndexWriter writer, string id, string? summit, string[] people)
    {
        var doc = new Document { new StringField(IndexFields.Id, id, Field.Store.YES), new TextField(IndexFields.Body, "قمة لقاء", Field.Store.NO) };
        if (summit is not null)
            doc.Add(new SortedSetDocValuesField(IndexFields.FacetValues(IndexFields.Summit), new BytesRef(summit)));
        foreach (var person in people)
            doc.Add(new SortedSetDocValuesField(IndexFields.FacetValues(IndexFields.Person), new BytesRef(person)));
        writer.AddDocument(doc);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
