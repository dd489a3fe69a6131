using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Text;

public sealed class HtmlEntitiesTests
{
    [Theory]
    [InlineData("&quot;عرب نيوز&quot; الأولى", "\"عرب نيوز\" الأولى")]
    [InlineData("بوتين&nbsp;وبايدن", "بوتين\u00A0وبايدن")]
    [InlineData("&#1575;&#1604;&#1602;&#1605;&#1577;", "القمة")]
    [InlineData("&#x627;&#x644;&#x642;&#x645;&#x629;", "القمة")]
    [InlineData("&#8220;قمة جنيف&#8221;", "“قمة جنيف”")]
    [InlineData("قال &laquo;نعم&raquo;", "قال «نعم»")]
    public void Well_formed_references_become_their_characters(string text, string expected) =>
        Assert.Equal(expected, HtmlEntities.Decode(text));

    [Theory]
    [InlineData("&amp;quot;الحياة&amp;quot;", "\"الحياة\"")]
    [InlineData("&amp;amp;#1575;", "ا")]
    public void References_escaped_twice_are_decoded_once_through(string text, string expected) =>
        Assert.Equal(expected, HtmlEntities.Decode(text));

    [Theory]
    [InlineData("قالت صحيفة quot;عرب نيوزquot; إن", "قالت صحيفة \"عرب نيوز\" إن")]
    [InlineData("بوتينnbsp;وبايدن", "بوتين\u00A0وبايدن")]
    [InlineData("كلمة #1575;لقمة", "كلمة القمة")]
    public void Debris_of_references_that_lost_their_ampersand_is_decoded(string text, string expected) =>
        Assert.Equal(expected, HtmlEntities.Decode(text));

    [Theory]
    [InlineData("Aquot; stays")]
    [InlineData("R&D; and rock&roll")]
    [InlineData("see copy; then paste")]
    [InlineData("&unknownname; stays")]
    [InlineData("قمة جنيف؛ ثم هلسنكي")]
    public void Text_that_only_looks_like_a_reference_is_left_alone(string text) =>
        Assert.Equal(text, HtmlEntities.Decode(text));
}
