using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Tests.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A text's tokens read word by word (<see cref="WordTokens"/>) are exactly those of the chain run over the whole
/// text — terms, order within each word and offsets — for the body and surface chains, whether the words were met
/// before or not: over the judged articles' titles, bodies and captions and over texts made to break the rule.
/// </summary>
public sealed class WordTokensTests
{
    private static readonly JudgedSet Set = JudgedSet.Load();
    private static readonly CorpusAnalyzer Analyzer = new(SearchLexicon.From(Set.Catalogs));

    public static TheoryData<string> Hostile => new()
    {
        "",
        "   \n\t ",
        "الأمـ.ـن القومي و مقد.متها حلب.وقال",
        "قال ﷺ اليوم، ﷺ",
        "الولاياتالمتحدةوروسيا سورياواوكرانيا",
        "Putin's visit to Erdoğan — U.S. (Trump) 2016-09-05 ١٢٣",
        "كلمة\u00A0بعد\u00A0مسافة\u2003ثابتة و\u200Bمتصلة\u200Dبعلامة",
        new string('ب', 300) + " " + string.Concat(Enumerable.Repeat("بوتين ", 50)),
        ". .. ـ.ـ ـــ بوتين. .بوتين ـبوتينـ",
        "لبوتين وأوباما للكرملين بسوريا والأميركي",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_texts_read_the_same_word_by_word(string text) => AssertSame(text);

    [Fact]
    public void Judged_articles_read_the_same_word_by_word()
    {
        foreach (var article in Set.Articles)
        {
            AssertSame(article.Title);
            AssertSame(article.Body);
            AssertSame(string.Join("\n", article.Captions));
        }
    }

    [Fact]
    public void A_full_memory_starts_again_and_still_reads_the_same()
    {
        var words = new WordTokens(Analyzer, capacity: 10);
        var text = Set.Articles[0].Body;

        Assert.Equal(WholeText(text, IndexFields.Body), ByWords(words, text, IndexFields.Body));
        Assert.Equal(WholeText(text, IndexFields.Body), ByWords(words, text, IndexFields.Body));
    }

    [Fact]
    public void White_space_is_what_char_says_it_is_for_every_character()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(char.IsWhiteSpace((char)c) == WordTokens.IsWhiteSpace((char)c), $"U+{c:X4}");
    }

    [Fact]
    public void Matches_are_the_tokens_whose_terms_are_asked_for_met_before_or_not()
    {
        var words = new WordTokens(Analyzer);
        foreach (var article in Set.Articles)
        {
            var all = WholeText(article.Body, IndexFields.Body);
            // Every third distinct term of the article, and one it does not hold.
            var terms = all.Select(t => t.Item1).Distinct().Where((_, i) => i % 3 == 0).Append("zzz").ToHashSet(StringComparer.Ordinal);
            var expected = all.Where(t => terms.Contains(t.Item1)).Select(t => (t.Item2, t.Item3)).Order().ToList();
            for (var pass = 0; pass < 2; pass++)
            {
                var matches = new List<(int Start, int End)>();
                words.AddMatches(article.Body, IndexFields.Body, new MarkedTerms(terms), matches);
                Assert.Equal(expected, matches.Order().ToList());
            }
        }
    }

    private static void AssertSame(string text)
    {
        foreach (var field in new[] { IndexFields.Body, IndexFields.Surface })
        {
            var words = new WordTokens(Analyzer);
            var whole = WholeText(text, field);
            Assert.Equal(whole, ByWords(words, text, field));
            // Now every word is remembered: read from memory alone.
            Assert.Equal(whole, ByWords(words, text, field));
        }
    }

    private static List<(string, int, int)> ByWords(WordTokens words, string text, string field)
    {
        var tokens = new List<(string, int, int)>();
        words.ForEach(text, field, (term, start, end) => tokens.Add((term, start, end)));
        return Ordered(tokens);
    }

    private static List<(string, int, int)> WholeText(string text, string field) =>
        Ordered(AnalyzedTokens.Of(text, field, Analyzer));

    // Words come back in text order, each word's tokens in chain order; a stable sort by start keeps the latter.
    private static List<(string, int, int)> Ordered(List<(string Term, int Start, int End)> tokens) =>
        [.. tokens.OrderBy(t => t.Start)];
}
