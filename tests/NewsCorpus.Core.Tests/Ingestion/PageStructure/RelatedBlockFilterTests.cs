using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

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

    private const string Prose1 = "وقال المتحدث باسم الكرملين إن المحادثات بين الرئيسين استمرت أكثر من ساعتين وتناولت ملفات عديدة.";
    private const string Prose2 = "وأضاف أن الجانبين اتفقا على مواصلة الحوار بين وزيري الخارجية خلال الأسابيع المقبلة في جنيف.";

    [Fact]
    public void The_article_resumes_after_an_inline_read_more_heading_and_its_teaser()
    {
        string[] lines = [Prose1, "اقرأ المزيد", "بوتين يستقبل وفدا أمريكيا في الكرملين", Prose2, "وختم بالقول إن موسكو مستعدة.", "المصدر: RT + وكالات"];

        Assert.Equal([Prose1, Prose2, "وختم بالقول إن موسكو مستعدة.", "المصدر: RT + وكالات"], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_source_line_ends_the_block()
    {
        string[] lines = [Prose1, "ذات صلة", "عنوان قصة أخرى", "Published On 28/9/2015", "المصدر : الجزيرة + وكالات"];

        Assert.Equal([Prose1, "المصدر : الجزيرة + وكالات"], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_heading_with_prose_straight_under_it_is_a_subheading_of_the_article()
    {
        string[] lines = [Prose1, "المزيد من العقوبات", Prose2];

        Assert.Equal(lines, _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_bare_see_also_phrase_with_prose_straight_under_it_is_dropped_and_the_prose_kept()
    {
        string[] lines = [Prose1, "اقرأ أيضا", Prose2];

        Assert.Equal([Prose1, Prose2], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void Long_headlines_dated_summaries_and_cut_off_summaries_under_a_heading_are_all_teasers()
    {
        string[] lines =
        [
            Prose1,
            "الأكثر قراءة",
            // A long headline: 19 words, no final stop.
            "الرئيس الأميركي يعلن من البيت الأبيض أن بلاده مستعدة للتعاون مع روسيا وإيران لحل الأزمة في سوريا قريبا",
            // A summary that reads like prose, but the date under it marks it as another story's.
            Prose2,
            "Published On 28/9/2015",
            "موسكو-سانا أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد بشكل حاسم وبطريقة مماثلة في حالة تصعيد …",
            "https://example.com/news/123",
        ];

        Assert.Equal([Prose1], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_summary_with_a_bare_date_above_or_below_it_is_a_teaser()
    {
        string[] lines = [Prose1, "الأكثر مشاهدة", "عنوان قصة أخرى", "16 يوليو 2018", Prose2, "عنوان قصة ثالثة", Prose2, "منذ 3 ساعات"];

        Assert.Equal([Prose1], _filter.RemoveFrom(lines));
    }

    [Fact]
    public void A_long_paragraph_that_lost_its_final_stop_still_resumes_the_article()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("وأكد المسؤول أن الاجتماع كان مثمرا", 6));
        string[] lines = [Prose1, "شاهد أيضا", "عنوان قصة أخرى", paragraph];

        Assert.Equal([Prose1, paragraph], _filter.RemoveFrom(lines));
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
