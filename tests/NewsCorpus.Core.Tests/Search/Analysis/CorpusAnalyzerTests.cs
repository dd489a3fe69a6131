using Lucene.Net.Analysis.Ar;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search.Analysis;

public sealed class CorpusAnalyzerTests
{
    [Theory]
    [InlineData("الأمـ.ـن", "الأمن")]
    [InlineData("القـ.ـضايا", "القضايا")]
    [InlineData("مقد.متها", "مقدمتها")]
    [InlineData("الأم\u200Cن", "الأمن")]
    [InlineData("الأم\u200Bن", "الأمن")]
    [InlineData("الأمـــن", "الأمن")]
    public void Obfuscated_word_is_joined_before_indexing(string broken, string clean)
    {
        Assert.Subset(AnalyzedTokens.Terms(broken).ToHashSet(), AnalyzedTokens.Terms(clean).ToHashSet());
    }

    [Fact]
    public void A_sentence_end_is_not_glued_to_the_next_sentence()
    {
        Assert.Equal(2, AnalyzedTokens.Terms("انتهى الاجتماع. وبدأ").Count(t => t is "اجتماع" or "بدا"));
        Assert.Equal(["end", "start"], AnalyzedTokens.Terms("end. Start"));
    }

    [Fact]
    public void A_bare_dot_indexes_the_joined_word_and_its_pieces()
    {
        var terms = AnalyzedTokens.Terms("انتهى الاجتماع.وقال");

        Assert.Contains(AnalyzedTokens.Terms("الاجتماع").Single(), terms);
        Assert.Contains(AnalyzedTokens.Terms("وقال").Single(), terms);
        Assert.Contains(AnalyzedTokens.Terms("مقدمتها").Single(), AnalyzedTokens.Terms("مقد.متها"));
    }

    [Fact]
    public void A_dot_beside_tatweel_only_joins()
    {
        Assert.Equal(AnalyzedTokens.Terms("الأمن"), AnalyzedTokens.Terms("الأمـ.ـن"));
    }

    [Fact]
    public void A_comma_without_a_space_still_separates_two_words()
    {
        Assert.Equal(AnalyzedTokens.Terms("سوريا العراق"), AnalyzedTokens.Terms("سوريا،العراق"));
    }

    [Fact]
    public void Offsets_of_a_repaired_word_span_the_original_spelling()
    {
        const string text = "مسألة الأمـ.ـن السيبراني";
        var token = AnalyzedTokens.Of(text).Single(t => t.Term == AnalyzedTokens.Terms("الأمن").Single());

        Assert.Equal("الأمـ.ـن", text[token.Start..token.End]);
    }

    [Fact]
    public void Offsets_stay_right_after_a_ligature_expands_and_marks_are_dropped()
    {
        const string text = "\uFEFB بُدَّ من الأمـ.ـن";
        var tokens = AnalyzedTokens.Of(text);

        // لا (the ligature) is a stop word; the next word must still be found where it is written.
        Assert.Equal("بُدَّ", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("الأمـ.ـن", text[tokens[^1].Start..tokens[^1].End]);
    }

    [Theory]
    [InlineData("ٱلأمن", "الأمن")]
    [InlineData("هٰذا الاتفاق", "هذا الاتفاق")]
    [InlineData("ایران", "إيران")]
    [InlineData("کرملين", "كرملين")]
    [InlineData("\uFEFB\uFE97\uFED4\uFE8E\uFED6", "لاتفاق")]
    [InlineData("ڤلاديمير", "فلاديمير")]
    [InlineData("٢٠١٦", "2016")]
    [InlineData("۲۰۱۶", "2016")]
    [InlineData("الرئيسُ الرُّوسيّ", "الرئيس الروسي")]
    public void Letter_forms_the_stock_chain_misses_are_folded(string variant, string plain)
    {
        Assert.Equal(AnalyzedTokens.Terms(plain), AnalyzedTokens.Terms(variant));
    }

    [Theory]
    [InlineData("سوريا", "سورية")]
    [InlineData("الأمريكي", "الأميركي")]
    [InlineData("الأمريكي", "الامريكي")]
    [InlineData("الثماني", "الثمانية")]
    [InlineData("هانغتشو", "خوانجو")]
    [InlineData("هانغجو", "خوانجو")]
    [InlineData("وسوريا", "وسورية")]
    [InlineData("لبوتين", "بوتن")]
    public void Spelling_variants_index_as_one_word(string one, string other)
    {
        Assert.Equal(AnalyzedTokens.Terms(one), AnalyzedTokens.Terms(other));
    }

    [Fact]
    public void The_stock_analyzer_does_not_unify_the_variants()
    {
        using var stock = new ArabicAnalyzer(CorpusAnalyzer.Version);

        Assert.NotEqual(AnalyzedTokens.Terms("سوريا", analyzer: stock), AnalyzedTokens.Terms("سورية", analyzer: stock));
        Assert.NotEqual(AnalyzedTokens.Terms("الأمـ.ـن", analyzer: stock), AnalyzedTokens.Terms("الأمن", analyzer: stock));
    }

    [Theory]
    [InlineData("كيف", "كييف")]
    [InlineData("السورية", "سوريا")]
    [InlineData("سوشي", "سوتشي")]
    [InlineData("بوتين", "بوتان")]
    [InlineData("الأسد", "أسدى")]
    public void Different_words_stay_apart(string one, string other)
    {
        Assert.Empty(AnalyzedTokens.Terms(one).Intersect(AnalyzedTokens.Terms(other)));
    }

    [Fact]
    public void An_Arabic_name_also_indexes_its_English_token_at_the_same_place()
    {
        var tokens = AnalyzedTokens.Of("قال بوتين");

        var putin = Assert.Single(tokens, t => t.Term == "putin");
        Assert.Contains(tokens, t => t.Term != "putin" && t.Start == putin.Start && t.End == putin.End);
        Assert.Contains("putin", AnalyzedTokens.Terms("لبوتين"));
        Assert.Contains("putin", AnalyzedTokens.Terms("Putin"));
    }

    [Fact]
    public void Latin_text_is_lowercased_and_folded()
    {
        Assert.Equal(["erdogan", "cafe"], AnalyzedTokens.Terms("Erdoğan CAFÉ"));
    }

    [Fact]
    public void The_surface_field_keeps_whole_words_for_prefix_and_spelling()
    {
        Assert.Equal(["الامن", "في", "سوريه"], AnalyzedTokens.Terms("الأمـ.ـن في سورية", IndexFields.Surface));
    }

    [Theory]
    [InlineData("في براتيسلافا", "bratislava")]
    [InlineData("بأنطاليه", "antalya")]
    [InlineData("وسوتشي", "sochi")]
    [InlineData("هيلسنكي", "helsinki")]
    [InlineData("دانانغ", "danang")]
    [InlineData("إنيسكيلين", "enniskillen")]
    public void Summit_places_from_the_shipped_catalog_index_their_English_name(string text, string latin)
    {
        Assert.Contains(latin, AnalyzedTokens.Terms(text));
    }

    [Fact]
    public void A_place_alias_marked_ambiguous_gets_no_English_name()
    {
        Assert.DoesNotContain("sochi", AnalyzedTokens.Terms("مطعم سوشي"));
    }
}
