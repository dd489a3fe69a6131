using NewsCorpus.Web.Localization;

namespace NewsCorpus.Web.Tests.Localization;

public sealed class PluralTextTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(10, "few")]
    [InlineData(11, "many")]
    [InlineData(99, "many")]
    [InlineData(100, "other")]
    [InlineData(102, "other")]
    [InlineData(103, "few")]
    [InlineData(111, "many")]
    public void Arabic_counts_take_their_cldr_plural_form(int count, string form) =>
        Assert.Equal(form, PluralText.Category(count, "ar"));

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "other")]
    [InlineData(11, "other")]
    public void English_counts_are_one_or_other(int count, string form) =>
        Assert.Equal(form, PluralText.Category(count, "en"));
}
