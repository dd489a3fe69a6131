using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Search;
using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// Text fields indexed from recorded shared steps (<see cref="RecordedTextFields"/>) make the index the whole chain
/// makes from each field's text: the same terms, in the same documents, at the same positions, with the same norms
/// and stored title. Checked over the judged articles (the sample pages and the test articles: obfuscated, broken and
/// run-together words, ligatures, Latin names, captions) and a few texts built to stress word boundaries.
/// </summary>
public sealed class RecordedTextFieldsTests
{
    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Body, IndexFields.Captions, IndexFields.Surface];

    [Fact]
    public void Recorded_fields_index_what_the_whole_chain_indexes_from_text()
    {
        var set = JudgedSet.Load();
        var articles = set.Articles.Concat(Hard()).ToList();
        using var analyzer = new CorpusAnalyzer(SearchLexicon.From(set.Catalogs));
        using var fromText = Index(articles, analyzer, null);
        using var recorded = new RecordedTextFields(analyzer);
        using var fromRecording = Index(articles, analyzer, recorded);

        var compared = 0L;
        foreach (var field in TextFields)
            compared += AssertSamePostings(fromText, fromRecording, field);
        foreach (var field in TextFields.Where(f => f != IndexFields.Surface))
            Assert.Equal(Norms(fromText, field), Norms(fromRecording, field));
        for (var doc = 0; doc < fromText.MaxDoc; doc++)
            Assert.Equal(fromText.Document(doc).Get(IndexFields.Title, CultureInfo.InvariantCulture), fromRecording.Document(doc).Get(IndexFields.Title, CultureInfo.InvariantCulture));
        Assert.True(compared > 2_000, $"only {compared} postings compared");
    }

    [Fact]
    public void A_replayed_field_refuses_text()
    {
        using var analyzer = new CorpusAnalyzer();
        using var replay = new ReplayAnalyzer(analyzer);
        using var stream = replay.GetTokenStream(IndexFields.Body, "بوتين");

        Assert.Throws<InvalidOperationException>(stream.Reset);
    }

    // Words against the ends of the texts the surface field joins, a ligature, pieces of a broken word, accents, empty texts.
    private static IEnumerable<Article> Hard() =>
    [
        Article("hard-1", "بوتين", "ﷺ الأمـ.ـن\u200Dالقومي café Ωmega", ["سوريا"]),
        Article("hard-2", "", "بوتين", []),
        Article("hard-3", "قمة جنيف 2021", "", ["", "Putin meets Biden in Geneva"]),
        Article("hard-4", "الأمريكي والأميركي", "واشنطن—موسكو «قمة» (هلسنكي)\n\nفي ١٦ يونيو", ["سورية؛ روسيا"]),
        // Longer than a thread's kept recording holds on to (its arrays are let go before the next text).
        Article("hard-5", "قمة", string.Join(" ", Enumerable.Range(0, 12_000).Select(i => i % 3 == 0 ? "بوتين" : "قال" + i)), ["Putin"]),
        Article("hard-6", "بايدن", "في جنيف", []),
    ];

    private static Article Article(string id, string title, string body, IReadOnlyList<string> captions) => new()
    {
        Id = id, FileName = id + ".txt", ContentHash = id, Encoding = "utf-8", OriginalText = title + "\n" + body, Title = title,
        Paragraphs = body.Split("\n\n"), Captions = captions,
    };

    private static DirectoryReader Index(IEnumerable<Article> articles, CorpusAnalyzer analyzer, RecordedTextFields? recorded)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, analyzer)))
        {
            foreach (var article in articles)
                writer.AddDocument(ArticleDocument.Build(article, null, recorded));
            writer.ForceMerge(1);
        }
        return DirectoryReader.Open(directory);
    }

    /// <summary>Every term of the field with its documents, frequencies and positions; the number of postings compared.</summary>
    private static long AssertSamePostings(IndexReader expected, IndexReader actual, string field)
    {
        var expectedTerms = MultiFields.GetTerms(expected, field);
        var actualTerms = MultiFields.GetTerms(actual, field);
        Assert.Equal(expectedTerms?.Count, actualTerms?.Count);
        if (expectedTerms is null || actualTerms is null)
            return 0;
        var (left, right) = (expectedTerms.GetEnumerator(), actualTerms.GetEnumerator());
        var postings = 0L;
        while (left.MoveNext())
        {
            Assert.True(right.MoveNext(), $"{field}: the recorded index ends before {left.Term.Utf8ToString()}");
            Assert.Equal(left.Term.Utf8ToString(), right.Term.Utf8ToString());
            Assert.Equal(left.DocFreq, right.DocFreq);
            Assert.Equal(left.TotalTermFreq, right.TotalTermFreq);
            var (a, b) = (left.DocsAndPositions(null, null), right.DocsAndPositions(null, null));
            if (a is null || b is null)
            {
                Assert.Equal(a is null, b is null);
                postings += left.DocFreq;
                continue;
            }
            while (a.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                Assert.Equal(a.DocID, b.NextDoc());
                Assert.Equal(a.Freq, b.Freq);
                for (var i = 0; i < a.Freq; i++)
                    Assert.Equal(a.NextPosition(), b.NextPosition());
                postings++;
            }
            Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, b.NextDoc());
        }
        Assert.False(right.MoveNext(), $"{field}: the recorded index has more terms");
        return postings;
    }

    private static long[] Norms(IndexReader reader, string field)
    {
        var norms = MultiDocValues.GetNormValues(reader, field);
        return [.. Enumerable.Range(0, reader.MaxDoc).Select(doc => norms?.Get(doc) ?? -1)];
    }
}
