using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Tests.Ingestion;

public sealed class RelatedBlockFilterTests
{
    private readonly RelatedBlockFilter _filter = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("اقرأ أيضا")]
    [InlineData("إقرأ ايضاً")]
    [InlineData("اقـرأ أيضًا:")]
    [InlineData("انظر ايضا")]
    [InlineData("حول هذه القصة")]
    [InlineData("المزيد من سياسة")]
    [InlineData("Most Read")]
    [InlineData("الكلمات الدالة")]
    public void A_related_stories_heading_drops_itself_and_the_teasers_under_it(string heading)
    {
        string[] lines = ["الفقرة الأولى من المقال.", heading, "عنوان قصة أخرى", "Published On 28/9/2015", "ملخص قصة أخرى طويل بعض الشيء."];

        Assert.Equal(["الفقرة الأولى من المقال."], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_single_read_also_line_inside_the_body_is_dropped_and_the_body_goes_on()
    {
        string[] lines = ["الفقرة الأولى.", "اقرأ أيضا: بوتين وبايدن يتفقان على عودة السفراء", "الفقرة الثانية."];

        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void An_end_of_list_marker_closes_the_block_and_the_body_resumes()
    {
        string[] lines = ["الفقرة الأولى.", "اقرأ أيضا", "عنوان قصة أخرى", "end of list", "الفقرة الثانية."];

        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_sentence_that_starts_with_a_heading_phrase_is_body_text()
    {
        string[] lines = ["المزيد من العقوبات قد تفرض على موسكو إذا فشلت المحادثات، بحسب مسؤولين", "الفقرة الثانية."];

        Assert.Equal(lines, _filter.RemoveFrom(lines));
    }

    [Fact]
    public void Headings_come_from_the_catalog_so_an_editor_can_add_one()
    {
        var boilerplate = RepoCatalogs.Catalogs.Boilerplate with { SectionStarts = ["لا تفوّت"] };
        string[] lines = ["الفقرة الأولى.", "لا تفوت", "عنوان قصة أخرى"];

        Assert.Equal(["الفقرة الأولى."], new RelatedBlockFilter(boilerplate).RemoveFrom(lines));
        Assert.Equal(lines, new RelatedBlockFilter(boilerplate with { SectionStarts = [] }).RemoveFrom(lines));
    }
}
