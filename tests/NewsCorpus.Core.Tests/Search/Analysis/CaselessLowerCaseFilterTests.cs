using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search.Analysis;

public sealed class CaselessLowerCaseFilterTests
{
    [Fact]
    public void No_character_of_the_arabic_blocks_it_skips_has_a_lower_case()
    {
        var changed = Enumerable.Range(char.MinValue, char.MaxValue + 1)
            .Select(i => (char)i)
            .Where(CaselessLowerCaseFilter.IsArabicScript)
            .Where(c => CultureInfo.InvariantCulture.TextInfo.ToLower(c) != c)
            .ToList();

        Assert.Empty(changed);
    }

    [Fact]
    public void It_gives_the_stock_filter_tokens_on_every_sample_article_and_on_every_script()
    {
        var texts = Directory.EnumerateFiles(TestCorpus.SampleArticles, "*.txt").Select(File.ReadAllText).ToList();
        texts.Add("Putin PUTIN putin İstanbul STRASSE Straße ΣΟΦΙΑ Москва ПУТИН 𐐀𐐁 ﻻ ﷲ قمة HELSINKI٢٠١٨ Trump-Putin ABCdef123");

        foreach (var text in texts)
            Assert.Equal(Terms(text, stock: true), Terms(text, stock: false));
    }

    [Fact]
    public void Latin_letters_are_lowered_and_arabic_is_left_as_it_is()
    {
        Assert.Equal(["trump", "قمة", "helsinki"], Terms("TRUMP قمة Helsinki", stock: false));
    }

    private static List<string> Terms(string text, bool stock) =>
        AnalyzedTokens.Terms(text, IndexFields.Body, new LowerCasing(stock));

    private sealed class LowerCasing(bool stock) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(CorpusAnalyzer.Version, reader);
            TokenStream lowered = stock ? new LowerCaseFilter(CorpusAnalyzer.Version, tokenizer) : new CaselessLowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, lowered);
        }
    }
}
