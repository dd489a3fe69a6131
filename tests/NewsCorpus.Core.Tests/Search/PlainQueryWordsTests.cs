using System.Text.RegularExpressions;
using Lucene.Net.Search;
using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// Plain words are read without Lucene's parser (<see cref="CorpusQueryParser.Parse"/>), into the very query the parser
/// makes of them: checked over every word of the judged articles, alone, as a prefix, and in runs of two and three as
/// they stand in the text. Text with any syntax in it is left to the parser.
/// </summary>
public sealed class PlainQueryWordsTests : IDisposable
{
    private readonly JudgedSet _set = JudgedSet.Load();
    private readonly CorpusAnalyzer _analyzer;
    private readonly CorpusQueryParser _parser;

    public PlainQueryWordsTests()
    {
        _analyzer = new CorpusAnalyzer(SearchLexicon.From(_set.Catalogs));
        _parser = new CorpusQueryParser(_analyzer, new CatalogNames(_set.Catalogs), new SearchLimits());
    }

    [Fact]
    public void Every_word_of_the_judged_articles_alone_as_a_prefix_and_in_runs_reads_as_the_parser_reads_it()
    {
        var texts = _set.Articles.Select(a => a.Title + "\n" + a.OriginalText).ToList();
        var words = texts.SelectMany(t => Regex.Matches(t, @"[\p{L}\p{Nd}\p{Mn}\p{Mc}]+").Select(m => m.Value))
            .Where(w => PlainQueryWords.Of(w) is not null).ToList();
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var queries = distinct
            .Concat(distinct.Where(w => w.Length > 1).Select(w => w + "*"))
            .Concat(Enumerable.Range(0, words.Count - 1).Where(i => i % 3 == 0).Select(i => $"{words[i]} {words[i + 1]}"))
            .Concat(Enumerable.Range(0, words.Count - 2).Where(i => i % 7 == 0).Select(i => $"{words[i]}\t{words[i + 1]}*  {words[i + 2]}"))
            .Concat(Crafted)
            .ToList();

        var different = queries.Where(q => !Same(q)).Take(5).ToList();

        Assert.True(distinct.Count > 1000, $"only {distinct.Count} words");
        Assert.Empty(different);
    }

    // Words the analysis drops, or keeps whole, or that the grammar could read otherwise: a lone tatweel or mark,
    // digits, Latin names and lower-case operator words, a word beside one the analysis drops (first or last).
    private static readonly string[] Crafted =
    [
        "ـ", "َ", "2016", "١٤٣٧", "Putin", "G20", "and", "or", "not", "ANDROID", "ال", "و", "بوتين ـ", "ـ بوتين", "ـ ـ",
        "الأمـــن", "سوريا\u3000سورية", " بوتين ", "\tأوباما\r\n",
    ];

    private bool Same(string query)
    {
        Assert.NotNull(PlainQueryWords.Of(query));
        var grammar = _parser.ParseByGrammar(query);
        var read = _parser.Parse(query);
        return grammar.ToString() == read.ToString() && grammar.Equals(read) && grammar.GetType() == read.GetType();
    }

    [Fact]
    public void A_word_the_analysis_drops_leaves_the_clauses_as_the_parser_leaves_them()
    {
        // The grammar returns its first clause alone when it is the one kept, and wraps a later one.
        Assert.IsType<WordInFieldsQuery>(_parser.Parse("بوتين ـ"));
        Assert.Single(Assert.IsType<BooleanQuery>(_parser.Parse("ـ بوتين")).Clauses);
        Assert.Empty(Assert.IsType<BooleanQuery>(_parser.Parse("ـ ـ")).Clauses);
        Assert.True(Same("بوتين ـ") && Same("ـ بوتين") && Same("ـ ـ"));
    }

    [Theory]
    [InlineData("\"الأزمة السورية\"")]
    [InlineData("title:بوتين")]
    [InlineData("بوتين AND ترامب")]
    [InlineData("بوتين OR ترامب")]
    [InlineData("NOT بوتين")]
    [InlineData("-بوتين")]
    [InlineData("+بوتين")]
    [InlineData("بوت*ين")]
    [InlineData("بوتين**")]
    [InlineData("*")]
    [InlineData("بوت?")]
    [InlineData("بوتين~")]
    [InlineData("بوتين^2")]
    [InlineData("(بوتين)")]
    [InlineData("بوتين\u00A0ترامب")]
    [InlineData("بوتين، ترامب")]
    [InlineData("قمة-العشرين")]
    [InlineData("/بوتين/")]
    [InlineData("بوتين\\")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀")]
    public void Text_with_any_syntax_or_other_characters_is_left_to_the_parser(string query) =>
        Assert.Null(PlainQueryWords.Of(query));

    public void Dispose() => _analyzer.Dispose();
}
