using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Summits;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>Words of normalized text, and the summit classifier's sentences, which take their words from their line's.</summary>
public sealed class ArticleWordsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("بوتين")]
    [InlineData("  التقى بوتين واوباما في 2016.  ثم غادر ")]
    [InlineData("g20: hangzhou-2016 (رويترز)")]
    [InlineData("...؟؟ - ")]
    public void Counting_words_finds_as_many_as_cutting_them_out(string normalized) =>
        Assert.Equal(ArticleText.Words(normalized).Count, ArticleText.WordCount(normalized));

    [Fact]
    public void Every_character_is_a_word_character_exactly_when_unicode_says_it_is_a_letter_or_digit()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (ArticleText.IsWordChar(c) != char.IsLetterOrDigit(c))
                Assert.Fail($"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Each_sentence_has_the_words_of_its_own_text()
    {
        var reading = new WordStems(RepoCatalogs.Catalogs.Entities.AttachedPrefixes);
        foreach (var path in RepoCatalogs.SamplePaths().Concat(RealPageFiles()))
        {
            var text = ArticleText.From(RepoCatalogs.ParseBytes(File.ReadAllBytes(path)), RepoCatalogs.Catalogs.Boilerplate);
            var sentences = SummitSentence.Split(text, reading);
            Assert.True(sentences.Count > 0, path);
            Assert.All(sentences, s => Assert.Equal(ArticleText.Words(s.Normalized), s.Words));
            // Every word of every unit is in exactly one sentence, in order.
            Assert.Equal(text.Content.SelectMany(u => u.Words), sentences.SelectMany(s => s.Words));
        }
    }

    [Fact]
    public void Sentences_end_after_their_stop_and_at_line_ends()
    {
        var text = ArticleText.From(RepoCatalogs.StructureParser().Parse(TextCleaner.Clean(
            "عنوان المقال\nالتقى بوتين وأوباما. ثم غادرا؟ وقال المتحدث: لا تعليق\nفقرة ثانية بلا نقطة")), RepoCatalogs.Catalogs.Boilerplate);
        var sentences = SummitSentence.Split(text, new WordStems([]));
        Assert.Equal(["عنوان المقال", "التقي بوتين واوباما.", "ثم غادرا؟", "وقال المتحدث: لا تعليق", "فقره ثانيه بلا نقطه"], sentences.Select(s => s.Normalized));
        Assert.Equal(["ثم", "غادرا"], sentences[2].Words);
    }

    private static IEnumerable<string> RealPageFiles() =>
        Directory.GetFiles(Path.Combine(RepoRoot.Find(), "tests", "NewsCorpus.Core.Tests", "Ingestion", "RealPages"), "*.txt").Order(StringComparer.Ordinal);
}
