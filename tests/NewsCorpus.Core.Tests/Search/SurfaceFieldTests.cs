using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// The surface field (whole words, for prefix, pattern and fuzzy searches and did-you-mean) is indexed with documents
/// only: none of its queries reads a position or a frequency. An index whose surface field still has positions (built
/// before) is searched the same, before and after its segments merge with new ones, so it needs no rebuild.
/// </summary>
public sealed class SurfaceFieldTests : IDisposable
{
    private readonly StoryFolder _folder = new("newscorpus-surface-");

    private static readonly string[] Queries = ["لافرو*", "لاف?وف", "لافرون~", "هلسن*"];

    [Fact]
    public void The_surface_field_holds_documents_only()
    {
        using var corpus = new Corpus(_folder.Options);
        corpus.Importer.Import([_folder.Story("a.txt", "لقاء لافروف", "وصل لافروف إلى هلسنكي صباح اليوم")]);

        var options = corpus.Index.Use(s => MultiFields.GetMergedFieldInfos(s.IndexReader).FieldInfo(IndexFields.Surface)!.IndexOptions);

        Assert.Equal(IndexOptions.DOCS_ONLY, options);
    }

    [Fact]
    public void An_index_whose_surface_field_kept_positions_is_searched_the_same_before_and_after_a_merge()
    {
        using (var corpus = new Corpus(_folder.Options))
            corpus.Importer.Import([
                _folder.Story("a.txt", "لقاء لافروف", "وصل لافروف إلى هلسنكي صباح اليوم"),
                _folder.Story("b.txt", "تصريح", "قال لافروف في هلسنكي إن اللقاء كان مثمرا"),
            ]);
        RewriteSurfaceWithPositions();

        using (var corpus = new Corpus(_folder.Options))
        {
            Assert.True(corpus.Index.AnalysisIsCurrent);
            Assert.All(Queries, q => Assert.Equal(2, corpus.Searcher.Search(new SearchRequest { Query = q }).Total));
            corpus.Importer.Import([_folder.Story("c.txt", "زيارة", "يزور لافروف هلسنكي غدا")]);
            Assert.All(Queries, q => Assert.Equal(3, corpus.Searcher.Search(new SearchRequest { Query = q }).Total));
        }
        MergeToOneSegment();

        using var merged = new Corpus(_folder.Options);
        Assert.True(merged.Index.AnalysisIsCurrent);
        Assert.Equal(1, merged.Index.Use(s => s.IndexReader.Leaves.Count));
        Assert.All(Queries, q => Assert.Equal(3, merged.Searcher.Search(new SearchRequest { Query = q }).Total));
    }

    /// <summary>
    /// Indexes every stored article again as the layout before did: <see cref="ArticleDocument"/>'s fields with a
    /// surface field that keeps frequencies and positions; the commit keeps its marks, so nothing is rebuilt on open.
    /// </summary>
    private void RewriteSurfaceWithPositions()
    {
        List<Article> articles;
        using (var corpus = new Corpus(_folder.Options))
            articles = [.. corpus.Store.All()];
        using var directory = Lucene.Net.Store.FSDirectory.Open(_folder.IndexPath);
        using var analyzer = new CorpusAnalyzer();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, analyzer)))
        {
            foreach (var article in articles)
            {
                var doc = ArticleDocument.Build(article);
                var surface = doc.Get(IndexFields.Surface, System.Globalization.CultureInfo.InvariantCulture);
                doc.RemoveField(IndexFields.Surface);
                doc.Add(new TextField(IndexFields.Surface, surface, Field.Store.NO));
                writer.UpdateDocument(new Term(IndexFields.Id, article.Id), doc);
            }
            writer.SetCommitData(writer.CommitData);
            writer.Commit();
        }
        Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, SurfaceOptions(directory).Max());
    }

    private static List<IndexOptions> SurfaceOptions(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return [.. reader.Leaves.Select(l => l.AtomicReader.FieldInfos.FieldInfo(IndexFields.Surface)!.IndexOptions)];
    }

    private void MergeToOneSegment()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(_folder.IndexPath);
        using var analyzer = new CorpusAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.Version, analyzer));
        writer.ForceMerge(1);
        writer.SetCommitData(writer.CommitData);
        writer.Commit();
        Assert.Equal([IndexOptions.DOCS_ONLY], SurfaceOptions(directory));
    }

    public void Dispose() => _folder.Dispose();
}
