using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

public sealed class SegmentFacetOrdinalsTests
{
    // Per document: its year (one or none) and its people (none, one, or several from the fourth document on).
    private static readonly string?[] Years = ["2013", null, "2016", "2015", "2016", null];
    private static readonly string[][] People = [["putin"], [], ["obama"], ["obama", "putin"], [], ["biden", "putin", "xi"]];

    private static DirectoryReader OneSegment(RAMDirectory directory)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            for (var i = 0; i < Years.Length; i++)
            {
                var document = new Document();
                if (Years[i] is { } year)
                    document.Add(new SortedSetDocValuesField(IndexFields.FacetValues(IndexFields.Year), new BytesRef(year)));
                foreach (var person in People[i])
                    document.Add(new SortedSetDocValuesField(IndexFields.FacetValues(IndexFields.Person), new BytesRef(person)));
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
        }
        return DirectoryReader.Open(directory);
    }

    private static string[] ValuesOf(SegmentFacetOrdinals facet, int doc) => [.. facet.OrdinalsOf(doc).ToArray().Select(o => facet.Values[o])];

    [Fact]
    public void Every_document_reads_back_its_own_values_in_either_form()
    {
        using var directory = new RAMDirectory();
        using var index = OneSegment(directory);
        var reader = index.Leaves.Single().AtomicReader;

        var years = SegmentFacetOrdinals.Of(reader, IndexFields.Year)!;
        var people = SegmentFacetOrdinals.Of(reader, IndexFields.Person)!;

        Assert.True(years.IsSingleValued);
        Assert.True(years.IsHeldInBytes);
        Assert.False(people.IsSingleValued);
        for (var doc = 0; doc < Years.Length; doc++)
        {
            Assert.Equal(Years[doc] is { } year ? [year] : [], ValuesOf(years, doc));
            Assert.Equal(People[doc], ValuesOf(people, doc));
        }
        Assert.Null(SegmentFacetOrdinals.Of(reader, IndexFields.Source));
    }

    [Theory]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void A_single_valued_facet_is_held_in_bytes_up_to_255_values_and_reads_back_the_same_either_way(int distinct, bool inBytes)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            // Every value once, then documents without one between and after them.
            for (var i = 0; i < distinct; i++)
            {
                var document = new Document { new SortedSetDocValuesField(IndexFields.FacetValues(IndexFields.Source), new BytesRef($"source-{i:D3}")) };
                writer.AddDocument(document);
                if (i % 50 == 0)
                    writer.AddDocument(new Document());
            }
            writer.ForceMerge(1);
        }
        using var index = DirectoryReader.Open(directory);
        var reader = index.Leaves.Single().AtomicReader;

        var sources = SegmentFacetOrdinals.Of(reader, IndexFields.Source)!;

        Assert.Equal(inBytes, sources.IsHeldInBytes);
        var read = Enumerable.Range(0, reader.MaxDoc).Select(doc => ValuesOf(sources, doc)).ToList();
        Assert.Equal(distinct, read.Count(v => v.Length == 1));
        Assert.Equal(Enumerable.Range(0, distinct).Select(i => $"source-{i:D3}"), read.Where(v => v.Length == 1).Select(v => v[0]));
        Assert.Equal(reader.MaxDoc - distinct, read.Count(v => v.Length == 0));
    }
}
