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
        Assert.False(people.IsSingleValued);
        for (var doc = 0; doc < Years.Length; doc++)
        {
            Assert.Equal(Years[doc] is { } year ? [year] : [], ValuesOf(years, doc));
            Assert.Equal(People[doc], ValuesOf(people, doc));
        }
        Assert.Null(SegmentFacetOrdinals.Of(reader, IndexFields.Source));
    }
}
