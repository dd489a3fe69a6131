using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

/// <summary>Pages with no title line — aggregator snippets, one long paragraph, wire copy — and titles that run long.</summary>
public sealed class TitlelessPageTests
{
    private readonly ArticleStructureParser _parser = RepoCatalogs.StructureParser();

    private ArticleStructure Parse(params string[] lines) => _parser.Parse(string.Join('\n', lines));

    [Fact]
    public void A_page_of_one_paragraph_keeps_it_as_body_and_takes_its_lead_sentence_as_title()
    {
        const string paragraph = "التقى الرئيس الأمريكي نظيره الروسي في جنيف اليوم في أول قمة بينهما. وقال الكرملين إن المحادثات كانت بناءة وصريحة.";

        var article = Parse(paragraph);

        Assert.Equal("التقى الرئيس الأمريكي نظيره الروسي في جنيف اليوم في أول قمة بينهما.", article.Title);
        Assert.Equal([paragraph], article.Paragraphs);
    }

    [Fact]
    public void Wire_copy_that_opens_with_its_dateline_gives_the_agency_and_a_title_without_it()
    {
        var article = Parse(
            "براغ - ا ف ب - وقع الرئيسان الأمريكي والروسي في العاصمة التشيكية معاهدة جديدة لخفض الأسلحة النووية الاستراتيجية. وتنص المعاهدة على خفض الرؤوس النووية.",
            "وقال الرئيس الأمريكي إن المعاهدة خطوة مهمة.");

        Assert.Equal("وقع الرئيسان الأمريكي والروسي في العاصمة التشيكية معاهدة جديدة لخفض الأسلحة النووية الاستراتيجية.", article.Title);
        Assert.Equal("براغ - ا ف ب", article.Dateline);
        Assert.Equal(["afp"], article.SourceIds);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("وقع الرئيسان", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_above_the_first_line_is_not_the_title()
    {
        var article = Parse("موسكو-سبوتنيك", "بوتين يدعو إلى حوار مع واشنطن", "دعا الرئيس الروسي إلى استئناف الحوار مع الولايات المتحدة.");

        Assert.Equal("بوتين يدعو إلى حوار مع واشنطن", article.Title);
        Assert.Equal(["sputnik"], article.SourceIds);
        Assert.Equal(["دعا الرئيس الروسي إلى استئناف الحوار مع الولايات المتحدة."], article.Paragraphs);
    }

    [Fact]
    public void A_title_line_that_reads_like_a_paragraph_is_still_the_title_when_the_lead_repeats_it()
    {
        var article = Parse(
            "أعلن الكرملين أن الرئيسين سيلتقيان في هلسنكي الشهر المقبل لبحث العلاقات الثنائية والأزمة السورية.",
            "أعلن الكرملين أن الرئيسين سيلتقيان في هلسنكي الشهر المقبل لبحث العلاقات الثنائية والأزمة السورية، وأن التحضيرات جارية.",
            "وقال المتحدث إن الموعد حدد بالاتفاق.");

        Assert.Equal("أعلن الكرملين أن الرئيسين سيلتقيان في هلسنكي الشهر المقبل لبحث العلاقات الثنائية والأزمة السورية.", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.EndsWith("وأن التحضيرات جارية.", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_line_past_150_characters_is_cut_at_a_clause()
    {
        const string title = "وزير الخارجية يؤكد في مؤتمر صحفي مع نظيره الألماني حرص المملكة على تطوير علاقاتها مع جيرانها، شرط أن تكف الأطراف الأخرى عن التدخل في شؤون دول الجوار والمنطقة";

        var article = Parse(title, "أكد وزير الخارجية أن المملكة حريصة على علاقاتها.");

        Assert.Equal("وزير الخارجية يؤكد في مؤتمر صحفي مع نظيره الألماني حرص المملكة على تطوير علاقاتها مع جيرانها", article.Title);
        Assert.Equal(["أكد وزير الخارجية أن المملكة حريصة على علاقاتها."], article.Paragraphs);
    }

    [Fact]
    public void An_agency_page_loses_its_desk_label_part_marker_time_stamp_and_end_mark()
    {
        var article = Parse(
            "سياسي / وزير الخارجية يلتقي نظيره الروسي / إضافة أولى واخيرة",
            "إضافة أولى واخيرة",
            "موسكو 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
            "التقى وزير الخارجية نظيره الروسي في موسكو اليوم.",
            "// انتهى //",
            "18:35 ت م");

        Assert.Equal("وزير الخارجية يلتقي نظيره الروسي", article.Title);
        Assert.Equal("موسكو 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", article.Dateline);
        Assert.Equal(["spa"], article.SourceIds);
        Assert.Equal(["التقى وزير الخارجية نظيره الروسي في موسكو اليوم."], article.Paragraphs);
    }
}
