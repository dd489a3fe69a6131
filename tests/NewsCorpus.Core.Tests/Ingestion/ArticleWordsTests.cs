using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Summits;
using NewsCorpus.Core.Search.Analysis;
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
    public void A_sentence_sliced_from_its_units_reading_reads_as_the_sentence_read_alone()
    {
        var reading = new WordStems(RepoCatalogs.Catalogs.Entities.AttachedPrefixes, SearchLexicon.From(RepoCatalogs.Catalogs));
        _ = new NewsCorpus.Core.Ingestion.Entities.EntityTagger(RepoCatalogs.Catalogs.Entities, reading: reading);
        _ = new SummitClassifier(RepoCatalogs.Catalogs.Summits, RepoCatalogs.Catalogs.Entities, RepoCatalogs.Catalogs.Calendar, reading: reading);
        var starts = 0;
        foreach (var path in RepoCatalogs.SamplePaths().Concat(RealPageFiles()))
        {
            var text = ArticleText.From(RepoCatalogs.ParseBytes(File.ReadAllBytes(path)), RepoCatalogs.Catalogs.Boilerplate);
            var readings = new UnitReadings(reading);
            foreach (var sentence in SummitSentence.Split(text, reading, readings))
            {
                var alone = reading.Of(sentence.Words);
                var sliced = sentence.Stems;
                Assert.Equal(alone.Words, sliced.Words);
                Assert.Equal(alone.Spelled, sliced.Spelled);
                Assert.Equal(alone.Starts, sliced.Starts);
                Assert.All(Enumerable.Range(0, alone.Words.Count), i => Assert.Equal(alone.WithoutPrefixes(i), sliced.WithoutPrefixes(i)));
                starts += sliced.Starts.Length;
            }
        }
        Assert.True(starts > 500, $"{starts} starts");
    }

    [Fact]
    public void Entities_tagged_from_shared_readings_are_the_ones_tagged_alone()
    {
        var spellings = SearchLexicon.From(RepoCatalogs.Catalogs);
        var reading = new WordStems(RepoCatalogs.Catalogs.Entities.AttachedPrefixes, spellings);
        var shared = new NewsCorpus.Core.Ingestion.Entities.EntityTagger(RepoCatalogs.Catalogs.Entities, spellings, reading);
        _ = new SummitClassifier(RepoCatalogs.Catalogs.Summits, RepoCatalogs.Catalogs.Entities, RepoCatalogs.Catalogs.Calendar, spellings, reading);
        var alone = new NewsCorpus.Core.Ingestion.Entities.EntityTagger(RepoCatalogs.Catalogs.Entities, spellings);
        var tagged = 0;
        foreach (var path in RepoCatalogs.SamplePaths().Concat(RealPageFiles()))
        {
            var text = ArticleText.From(RepoCatalogs.ParseBytes(File.ReadAllBytes(path)), RepoCatalogs.Catalogs.Boilerplate);
            var expected = alone.Tag(text);
            Assert.Equal(expected, shared.Tag(text, new UnitReadings(reading)));
            tagged += expected.Count;
        }
        Assert.True(tagged > 100, $"{tagged} entities");
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
