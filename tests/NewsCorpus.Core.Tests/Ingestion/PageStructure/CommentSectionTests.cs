using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class CommentSectionTests
{
    private readonly CommentSection _comments = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("التعليقات (3)")]
    [InlineData("أضف تعليقك")]
    [InlineData("Leave a Reply")]
    public void Readers_comments_and_the_form_after_the_heading_are_cut(string heading)
    {
        string[] lines = ["عنوان", "نص المقال عن القمة.", heading, "محمد: مقال رائع جدا وأتمنى المزيد من هذه التغطية الممتازة.", "الاسم", "إرسال"];

        Assert.Equal(["عنوان", "نص المقال عن القمة."], _comments.Cut(lines));
    }

    [Fact]
    public void A_heading_right_under_the_title_does_not_take_the_article() =>
        Assert.Equal(3, _comments.Cut(["عنوان المقال", "أضف تعليقك", "نص المقال عن القمة."]).Count);

    [Fact]
    public void A_sentence_about_comments_is_not_a_heading() =>
        Assert.Equal(3, _comments.Cut(["عنوان", "نص.", "التعليقات الرسمية على القمة جاءت متحفظة."]).Count);
}
