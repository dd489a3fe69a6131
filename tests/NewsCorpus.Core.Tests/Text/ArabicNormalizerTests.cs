using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("الأمـ.ـن", "الامن")]
    [InlineData("القـ.ـضايا", "القضايا")]
    [InlineData("مقد.متها", "مقدمتها")]
    [InlineData("الحـ.ـالي", "الحالي")]
    public void Words_broken_by_dots_and_tatweel_are_rejoined(string broken, string joined) =>
        Assert.Equal(joined, ArabicNormalizer.Normalize(broken));

    [Fact]
    public void A_sentence_end_keeps_its_dot() =>
        Assert.Equal("انتهي اللقاء. وبدا", ArabicNormalizer.Normalize("انتهى اللقاء. وبدأ"));

    [Fact]
    public void An_arabic_comma_without_a_space_still_separates_words() =>
        Assert.Equal("سوريا،العراق", ArabicNormalizer.Normalize("سوريا،العراق"));

    [Theory]
    [InlineData("أوباما", "اوباما")]
    [InlineData("إيران", "ايران")]
    [InlineData("ٱلرئيس", "الرئيس")]
    [InlineData("سورية", "سوريه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("ی ک", "ي ك")]
    [InlineData("٢٠٢١ ۲۰۱۶", "2021 2016")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("Putin", "putin")]
    public void Letters_fold_to_one_spelling(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));
}
