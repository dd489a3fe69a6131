using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

public sealed class DistinctiveWordsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly WhitespaceAnalyzer _analyzer = new(CorpusAnalyzer.Version);

    [Fact]
    public void Words_are_scored_by_how_often_the_text_uses_them_and_how_rare_they_are_in_the_index()
    {
        // "summit" is in every article, "pipeline" in two, "sanctions" in one: across several segments.
        using var reader = IndexOf(["summit pipeline", "summit pipeline", "summit sanctions", "summit talks", "summit", "summit"]);

        var words = DistinctiveWords.Of("sanctions pipeline pipeline summit", _analyzer, reader, max: 10, maxDocFreq: 5);

        Assert.Equal(["pipeline", "sanctions"], words.Select(w => w.Word));
        Assert.True(words[0].Score > words[1].Score);
        Assert.Equal([2, 1], words.Select(w => w.DocFreq));
    }

    [Fact]
    public void Words_the_index_does_not_have_or_too_many_articles_have_are_left_out()
    {
        using var reader = IndexOf(["summit pipeline", "summit", "summit"]);

        var words = DistinctiveWords.Of("summit pipeline unheard", _analyzer, reader, max: 10, maxDocFreq: 2);

        Assert.Equal(["pipeline"], words.Select(w => w.Word));
    }

    [Fact]
    public void Only_the_best_words_are_kept_up_to_the_maximum()
    {
        using var reader = IndexOf(["alpha beta gamma delta", "epsilon", "zeta"]);

        Assert.Equal(2, DistinctiveWords.Of("alpha beta gamma delta", _analyzer, reader, max: 2, maxDocFreq: 5).Count);
    }

    [Fact]
    public void A_long_text_is_read_up_to_a_bound_cut_between_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلمة", DistinctiveWords.MaxChars));

        var bounded = DistinctiveWords.Bounded(text);

        Assert.InRange(bounded.Length, DistinctiveWords.MaxChars - 5, DistinctiveWords.MaxChars);
        Assert.EndsWith("كلمة", bounded, StringComparison.Ordinal);
        Assert.Equal("short text", DistinctiveWords.Bounded("short text"));
    }

    /// <summary>One segment per two documents, so document frequencies are summed over segments.</summary>
    private DirectoryReader IndexOf(string[] bodies)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(CorpusAnalyzer.Version, _analyzer) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            for (var i = 0; i < bodies.Length; i++)
            {
                writer.AddDocument([new TextField(IndexFields.Body, bodies[i], Field.Store.NO)]);
                if (i % 2 == 1)
                    writer.Commit();
            }
        }
        var reader = DirectoryReader.Open(_directory);
        Assert.True(reader.Leaves.Count > 1);
        return reader;
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
