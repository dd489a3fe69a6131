using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// The index keeps bodies and captions searchable but not stored (the store holds them once): hits read them from
/// SQLite, and an index built when it still stored them is rebuilt on open.
/// </summary>
public sealed class StoredFieldsTests : IDisposable
{
    private readonly StoryFolder _folder = new("newscorpus-stored-");

    [Fact]
    public void The_index_stores_no_body_or_captions_and_snippets_come_from_the_store()
    {
        using var corpus = new Corpus(_folder.Options);
        corpus.Importer.Import([_folder.Story("a.txt", "لقاء القمة", "وصل الرئيسان إلى هلسنكي صباح اليوم لعقد لقاء طويل")]);

        var stored = corpus.Index.Use(s => s.Doc(0));
        var hit = corpus.Searcher.Search(new SearchRequest { Query = "هلسنكي" }).Hits.Single();

        Assert.Null(stored.Get(IndexFields.Body, CultureInfo.InvariantCulture));
        Assert.Null(stored.Get(IndexFields.Captions, CultureInfo.InvariantCulture));
        Assert.NotNull(stored.Get(IndexFields.Title, CultureInfo.InvariantCulture));
        Assert.Contains("هلسنكي", hit.Snippet.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(hit.Snippet.Parts, p => p.IsMatch && p.Text == "هلسنكي");
    }

    [Fact]
    public void An_index_that_still_stores_bodies_is_rebuilt_on_open()
    {
        string analysisBefore;
        string id;
        using (var corpus = new Corpus(_folder.Options))
        {
            corpus.Importer.Import([_folder.Story("a.txt", "لقاء القمة", "وصل الرئيسان إلى هلسنكي صباح اليوم لعقد لقاء طويل")]);
            analysisBefore = corpus.Analyzer.Fingerprint + " fields-2";
            id = corpus.Store.Ids().Single();
        }
        WriteIndexAsBeforeFields3(analysisBefore, id, "نص قديم محفوظ في الفهرس");

        using var reopened = new Corpus(_folder.Options);
        var stored = reopened.Index.Use(s => s.Doc(0));
        var hit = reopened.Searcher.Search(new SearchRequest { Query = "هلسنكي" }).Hits.Single();

        Assert.True(reopened.Index.AnalysisIsCurrent);
        Assert.Null(stored.Get(IndexFields.Body, CultureInfo.InvariantCulture));
        Assert.Equal(id, hit.Id);
        Assert.Contains("هلسنكي", hit.Snippet.ToPlainText(), StringComparison.Ordinal);
    }

    /// <summary>An index as layout fields-2 left it: the body stored in the document, the old layout in the commit's mark.</summary>
    private void WriteIndexAsBeforeFields3(string analysis, string id, string body)
    {
        Directory.Delete(_folder.IndexPath, recursive: true);
        using var directory = Lucene.Net.Store.FSDirectory.Open(_folder.IndexPath);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, new KeywordAnalyzer()));
        writer.AddDocument(new Document
        {
            new StringField(IndexFields.Id, id, Field.Store.YES),
            new TextField(IndexFields.Body, body, Field.Store.YES),
        });
        writer.SetCommitData(new Dictionary<string, string> { ["analysis"] = analysis, ["indexed_seq"] = "0" });
        writer.Commit();
    }

    public void Dispose() => _folder.Dispose();
}
