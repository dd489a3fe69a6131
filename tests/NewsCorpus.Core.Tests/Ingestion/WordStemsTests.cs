using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>A word is read in place to decide whether it may start a phrase; only then are its readings cut out.</summary>
public sealed class WordStemsTests
{
    private static readonly SearchLexicon Lexicon = SearchLexicon.From(RepoCatalogs.Catalogs);

    [Theory]
    [InlineData("لميدفديف")] // a proclitic on a variant spelling of a first word
    [InlineData("وميدفيديف")]
    [InlineData("للكرملين")] // ل before ال with the alef dropped
    [InlineData("لبوتين")]
    [InlineData("والمفاوضات")]
    [InlineData("بكين")]
    public void Reading_in_place_agrees_with_the_readings_cut_out(string word)
    {
        var reading = Reading();
        var cutOut = reading.WithoutPrefixes(word)?.Exists(s => reading.IsFirstWord(s.Stem)) ?? false;
        Assert.Equal(cutOut, reading.MatchersWithoutPrefix(word) != 0);
    }

    [Fact]
    public void Every_word_of_the_sample_articles_is_read_alike_in_place()
    {
        var reading = Reading();
        var words = RepoCatalogs.SamplePaths()
            .SelectMany(p => ArticleText.Words(ArabicNormalizer.Normalize(File.ReadAllText(p))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var startingWithoutPrefix = words.Count(w => reading.MatchersWithoutPrefix(w) != 0);

        Assert.All(words, w => Assert.Equal(reading.WithoutPrefixes(w)?.Exists(s => reading.IsFirstWord(s.Stem)) ?? false, reading.MatchersWithoutPrefix(w) != 0));
        Assert.InRange(startingWithoutPrefix, 1, words.Count / 4);
    }

    [Fact]
    public void One_lookup_reads_every_word_as_its_spelling_and_the_first_words_do()
    {
        var reading = Reading();
        // The sample articles' words, every variant spelling the lexicon knows and their canonical forms.
        var words = RepoCatalogs.SamplePaths()
            .SelectMany(p => ArticleText.Words(ArabicNormalizer.Normalize(File.ReadAllText(p))))
            .Concat(Lexicon.Variants.Keys).Concat(Lexicon.Variants.Values)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.All(words, w => Assert.Equal((reading.Spelling(w), reading.IsFirstWord(reading.Spelling(w))), (reading.Read(w).Spelled, reading.Read(w).Matchers != 0)));
        Assert.Contains(words, w => reading.Read(w).Matchers != 0 && reading.Spelling(w) != w); // a variant of a first word
        Assert.Contains(words, w => reading.Read(w).Matchers != 0 && reading.Spelling(w) == w);
        Assert.Contains(words, w => reading.Read(w).Matchers == 0 && reading.Spelling(w) != w); // a variant of another word
    }

    [Fact]
    public void A_first_word_registered_after_words_were_read_is_read_as_one()
    {
        var reading = new WordStems(["و"]);
        _ = new PhraseMatcher<string>([("a", "بوتين")], reading);
        Assert.Equal(0UL, reading.Read("هانغتشو").Matchers);
        Assert.Equal(0UL, reading.MatchersWithoutPrefix("وهانغتشو"));

        _ = new PhraseMatcher<string>([("b", "هانغتشو")], reading);

        Assert.NotEqual(0UL, reading.Read("هانغتشو").Matchers);
        Assert.NotEqual(0UL, reading.MatchersWithoutPrefix("وهانغتشو"));
        Assert.Equal([0, 1], reading.Of(["هانغتشو", "وبوتين"]).Starts.Select(s => s.Index));
    }

    [Fact]
    public void Each_start_carries_the_matchers_whose_phrases_it_may_begin()
    {
        var reading = new WordStems(["و", "ل", "ول"]);
        var names = new PhraseMatcher<string>([("putin", "بوتين"), ("obama", "باراك أوباما")], reading);
        var places = new PhraseMatcher<string>([("geneva", "جنيف"), ("putin-street", "بوتين ستريت")], reading);

        var words = reading.Of(Normalized("التقى", "باراك", "أوباما", "ولبوتين", "في", "جنيف", "بوتين"));

        Assert.Equal([1, 3, 5, 6], words.Starts.Select(s => s.Index));
        var (name, place) = (words.Starts[0].Matchers, words.Starts[2].Matchers);
        Assert.NotEqual(name, place);
        Assert.Equal(name | place, words.Starts[3].Matchers); // بوتين begins a phrase of both
        Assert.Equal(name | place, words.Starts[1].Matchers | words.Starts[2].Matchers);
        Assert.Equal(["obama", "putin", "putin"], names.Find(words).Select(m => m.Key));
        Assert.Equal(["geneva"], places.Find(words).Select(m => m.Key));
    }

    [Fact]
    public void Past_sixty_four_matchers_the_last_ones_share_a_bit_and_still_find_their_phrases()
    {
        var reading = new WordStems([]);
        var matchers = Enumerable.Range(0, 70).Select(k => new PhraseMatcher<int>([(k, $"كلمة{k}")], reading)).ToList();

        var words = reading.Of(Normalized("كلمة3", "كلمة65", "كلمة69"));

        Assert.Equal([3], matchers[3].Find(words).Select(m => m.Key));
        Assert.Equal([65], matchers[65].Find(words).Select(m => m.Key));
        Assert.Equal([69], matchers[69].Find(words).Select(m => m.Key));
        Assert.Empty(matchers[66].Find(words));
    }

    [Fact]
    public void Words_that_start_no_phrase_keep_no_readings()
    {
        var reading = Reading();
        var words = reading.Of(["وقال", "لبوتين", "إن"]);

        Assert.Null(words.WithoutPrefixes(0));
        Assert.Equal([1], words.Starts.Select(s => s.Index));
        Assert.Equal(["بوتين"], words.WithoutPrefixes(1)!.Select(s => s.Stem));
    }

    [Fact]
    public void A_word_is_read_without_each_proclitic_it_opens_with_longest_first()
    {
        var reading = new WordStems(["و", "ب", "وب", "ل", "ول"]);

        Assert.Equal(new[] { ("وتين", "وب"), ("بوتين", "و") }, reading.WithoutPrefixes("وبوتين"));
        Assert.Equal(new[] { ("بوتين", "ل") }, reading.WithoutPrefixes("لبوتين"));
        Assert.Null(reading.WithoutPrefixes("الكرملين")); // no proclitic begins with its first letter
    }

    private static List<string> Normalized(params string[] words) => [.. words.Select(ArabicNormalizer.Normalize)];

    // The summit classifier's reading: the gazetteer's proclitics and spellings, with the names of people and places as first words.
    private static WordStems Reading()
    {
        var entities = RepoCatalogs.Catalogs.Entities;
        var reading = new WordStems(entities.AttachedPrefixes, Lexicon);
        _ = new PhraseMatcher<string>(entities.Entities.SelectMany(e => e.AliasesAr.Append(e.NameAr).Select(a => (e.Id, a))), reading);
        return reading;
    }
}
