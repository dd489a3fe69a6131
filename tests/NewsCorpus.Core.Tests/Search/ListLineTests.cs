using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>A list's line is packed into one binary doc value and read back exactly, whatever its text holds.</summary>
public sealed class ListLineTests
{
    [Fact]
    public void Every_value_comes_back_as_it_went_in()
    {
        var packed = ListLine.Encode("1a33c33a1b92", "g20/لقاء.txt", "بوتين\u001F وأوباما\n\u0000 في «هانغتشو»", new DateOnly(2016, 9, 5), "g20-2016-hangzhou", "سانا");

        var hit = ListLine.Decode(packed, 1.5f);

        Assert.Equal(("1a33c33a1b92", "g20/لقاء.txt", "بوتين\u001F وأوباما\n\u0000 في «هانغتشو»", (DateOnly?)new DateOnly(2016, 9, 5), "g20-2016-hangzhou", "سانا", 1.5f),
            (hit.Id, hit.File, hit.Title, hit.Date, hit.Summit, hit.Source, hit.Score));
        Assert.Empty(hit.Snippet.Parts);
    }

    [Fact]
    public void Missing_values_stay_missing_and_empty_ones_stay_empty()
    {
        var hit = ListLine.Decode(ListLine.Encode("a", "", "", null, null, null), float.NaN);

        Assert.Equal(("", "", (DateOnly?)null, (string?)null, (string?)null, 0f), (hit.File, hit.Title, hit.Date, hit.Summit, hit.Source, hit.Score));
    }

    [Fact]
    public void A_title_longer_than_one_length_byte_holds_round_trips()
    {
        var title = string.Concat(Enumerable.Repeat("قمة ", 5_000));

        Assert.Equal(title, ListLine.Decode(ListLine.Encode("a", "f", title, null, "s", "x"), 0).Title);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x05, 0x61 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 })]
    public void Bytes_that_are_not_a_line_are_refused_not_misread(byte[] bytes)
    {
        Assert.Throws<FormatException>(() => ListLine.Decode(new BytesRef(bytes), 0));
    }

    [Fact]
    public void A_list_reads_lines_from_doc_values_and_from_stored_fields_of_a_segment_written_before_them()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, new KeywordAnalyzer())))
        {
            var old = ArticleDocument.Build(Article("old", "عنوان قديم", summit: null));
            old.RemoveField(IndexFields.ListLine);
            writer.AddDocument(old);
            writer.Commit(); // its own segment, without list lines
            writer.AddDocument(ArticleDocument.Build(Article("new", "عنوان جديد", summit: "g20-2016-hangzhou")));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var all = searcher.Search(new MatchAllDocsQuery(), 10).ScoreDocs;
        var hits = new HitReader(new SnippetBuilder(new KeywordAnalyzer()), new NoTexts()).Read(searcher, all, new HashSet<Term>(), asList: true);

        Assert.Equal(2, reader.Leaves.Count);
        Assert.Equal([("old", "old.txt", "عنوان قديم", (string?)null), ("new", "new.txt", "عنوان جديد", "g20-2016-hangzhou")],
            hits.Select(h => (h.Id, h.File, h.Title, h.Summit)));
        Assert.All(hits, h => Assert.Equal(new DateOnly(2016, 9, 5), h.Date));
    }

    private static Article Article(string id, string title, string? summit) => new()
    {
        Id = id, FileName = id + ".txt", ContentHash = "h", Encoding = "utf-8", Title = title, Date = new DateOnly(2016, 9, 5), SummitId = summit,
        Paragraphs = ["نص"], OriginalText = title + "\nنص",
    };

    private sealed class NoTexts : IArticleTexts
    {
        public IReadOnlyDictionary<string, BodyAndCaptions> Read(IReadOnlyCollection<string> ids) => new Dictionary<string, BodyAndCaptions>();
    }
}
