using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsCorpus.Core.Import.Writer;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Search.Analysis;

/// <summary>
/// Opening a corpus uses the lexicon decision its index recorded, so an import that brings an ordinary word spelled
/// like a generated spelling of a name does not make the next open rebuild the index; catalog changes still do.
/// </summary>
public sealed class CorpusAnalysisTests : IDisposable
{
    // فلادمير is generated for فلاديمير; with the article it is an ordinary word (here, a restaurant's name).
    private const string Name = "فلاديمير";
    private const string Spelling = "فلادمير";
    private readonly string _dir = System.IO.Directory.CreateTempSubdirectory("newscorpus-analysis-").FullName;
    private readonly string _catalogs;

    public CorpusAnalysisTests()
    {
        _catalogs = Path.Combine(_dir, "data");
        System.IO.Directory.CreateDirectory(_catalogs);
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "data")))
            File.Copy(file, Path.Combine(_catalogs, Path.GetFileName(file)));
    }

    private NewsCorpusOptions Options => new() { DataDir = Path.Combine(_dir, "var"), CatalogDir = _catalogs };
    private string IndexPath => Path.Combine(_dir, "var", "index");

    private string Story(string name, string text)
    {
        var path = Path.Combine(_dir, "in", name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private void ImportCollidingWords()
    {
        using var corpus = new Corpus(Options);
        corpus.Importer.Import([
            Story("visit.txt", $"زيارة إلى موسكو\nقال الرئيس {Spelling} بوتين إن اللقاء مع ضيفه كان مثمرا"),
            Story("restaurant.txt", $"افتتاح مطعم جديد\nافتتح مطعم ال{Spelling} الجديد أبوابه في وسط المدينة أمس"),
        ]);
        // Decided on the empty index: the spelling is merged with the name, so the visit is found by the name.
        Assert.Equal(1, Hits(corpus, Name));
        Assert.Equal([ArabicNormalizer.Normalize(Spelling)], corpus.SpellingsNowOrdinary());
    }

    /// <summary>The segments of the index's last commit: a rebuild writes new ones.</summary>
    private string[] Segments()
    {
        using var directory = FSDirectory.Open(IndexPath);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.Select(s => s.Info.Name).Order(StringComparer.Ordinal)];
    }

    private static int Hits(Corpus corpus, string query) => corpus.Searcher.Search(new SearchRequest { Query = query }).Total;

    private Corpus OpenWithoutRepair(bool reconsiderSpellings = false) => Corpus.OpenForWriting(Options,
        WriterLock.Acquire(Options.WithDefaults().DataDir, WriterHolder.ThisProcess(WriterKind.Library, "test")),
        repairIndex: false, reconsiderSpellings: reconsiderSpellings);

    [Fact]
    public void An_import_that_brings_a_colliding_word_is_not_rebuilt_on_the_next_open()
    {
        ImportCollidingWords();
        var before = Segments();

        using (var reopened = OpenWithoutRepair())
        {
            Assert.True(reopened.CheckIndex().IsCurrent);
            Assert.Equal(1, Hits(reopened, Name));
        }
        using (var writer = new Corpus(Options))
            Assert.Equal(1, Hits(writer, Name));
        using var reader = Corpus.OpenForReading(Options);

        Assert.Equal(before, Segments());
        Assert.True(reader.CheckIndex().IsCurrent);
        Assert.Equal(1, Hits(reader, Name));
        Assert.Equal([ArabicNormalizer.Normalize(Spelling)], reader.SpellingsNowOrdinary());
    }

    [Fact]
    public void A_reindex_that_decides_again_refuses_the_colliding_spelling_and_the_next_open_keeps_it()
    {
        ImportCollidingWords();

        using (var reindexing = OpenWithoutRepair(reconsiderSpellings: true))
        {
            Assert.True(reindexing.CheckIndex().NeedsRebuild);
            reindexing.Reindex();
            Assert.Empty(reindexing.SpellingsNowOrdinary());
        }
        var rebuilt = Segments();
        using var reopened = new Corpus(Options);

        Assert.Equal(rebuilt, Segments());
        Assert.Equal(0, Hits(reopened, Name));
        Assert.Equal(2, Hits(reopened, Spelling));
    }

    [Fact]
    public void A_catalog_change_rebuilds_once_and_decides_from_the_index_words()
    {
        ImportCollidingWords();
        var before = Segments();
        File.AppendAllText(Path.Combine(_catalogs, "variants.txt"), "\nقازان كازان\n", Encoding.UTF8);

        using (var changed = OpenWithoutRepair())
        {
            Assert.True(changed.CheckIndex().NeedsRebuild);
            changed.RepairIndex();
            Assert.Empty(changed.SpellingsNowOrdinary());
        }
        var rebuilt = Segments();
        using (var reopened = new Corpus(Options))
            Assert.Equal(0, Hits(reopened, Name));

        Assert.NotEqual(before, rebuilt);
        Assert.Equal(rebuilt, Segments());
    }

    public void Dispose() => System.IO.Directory.Delete(_dir, recursive: true);
}
