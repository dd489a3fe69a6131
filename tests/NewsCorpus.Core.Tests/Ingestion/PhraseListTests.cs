using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>Editor phrases matched on folded text at word boundaries, the longest that fits first.</summary>
public sealed class PhraseListTests
{
    private static readonly PhraseList Phrases = new(["اقرأ أيضا", "اقرأ", "انظر ايضاً", "Related", "المزيد من"]);

    [Theory]
    [InlineData("اقرا ايضا: عنوان", 9)] // the longer of two phrases with the same first letters
    [InlineData("اقرا المزيد", 4)]
    [InlineData("انظر ايضا", 9)]
    [InlineData("المزيد من الاخبار", 9)]
    [InlineData("related stories", 7)]
    [InlineData("unrelated", 0)] // inside a word
    [InlineData("اقراوا", 0)]
    [InlineData("", 0)]
    public void A_line_opens_with_the_longest_phrase_that_fits(string folded, int length) =>
        Assert.Equal(length, Phrases.MatchAtStart(folded));

    [Theory]
    [InlineData("  اقرا ايضا ", true)]
    [InlineData("related", true)]
    [InlineData("اقرا ايضا عنوان", false)]
    [InlineData("", false)]
    public void A_whole_line_is_a_phrase_only_when_it_is_nothing_more(string folded, bool whole) =>
        Assert.Equal(whole, Phrases.MatchesWhole(folded));
}
