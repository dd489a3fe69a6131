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

    // Folds are remembered for a thread's last lines, by reference: many more lines than it holds, asked again in
    // another order, must each still get their own fold.
    [Fact]
    public void Lines_past_what_is_remembered_are_folded_again_alike()
    {
        var lines = Enumerable.Range(0, 150).Select(i => $"الأمـ.ـن {i} إلى").ToList();
        var first = lines.Select(ArabicNormalizer.Normalize).ToList();

        foreach (var i in Enumerable.Range(0, 150).Reverse().Concat(Enumerable.Range(0, 150)))
            Assert.Equal($"الامن {i} الي", ArabicNormalizer.Normalize(lines[i]));
        Assert.Equal(Enumerable.Range(0, 150).Select(i => $"الامن {i} الي"), first);
    }
}
