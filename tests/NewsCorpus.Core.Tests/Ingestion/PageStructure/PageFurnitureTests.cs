using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

/// <summary>Page furniture taken out of the body wherever it stands, and the text around it kept.</summary>
public sealed class PageFurnitureTests
{
    private readonly ArticleStructureParser _parser = RepoCatalogs.StructureParser();

    private ArticleStructure Parse(params string[] lines) => _parser.Parse(string.Join('\n', lines));

    [Fact]
    public void Menus_share_buttons_counters_and_separators_are_not_paragraphs()
    {
        var article = Parse(
            "Home | News | World | Sport",
            "بوتين وبايدن في جنيف",
            "طباعة إرسال لصديق حجم الخط",
            "منذ 3 ساعات",
            "1,234 مشاهدة",
            "التقى الرئيسان في جنيف.",
            "***",
            "وبحثا الأمن السيبراني.",
            "English Français");

        Assert.Equal("بوتين وبايدن في جنيف", article.Title);
        Assert.Equal(["التقى الرئيسان في جنيف.", "وبحثا الأمن السيبراني."], article.Paragraphs);
    }

    [Fact]
    public void A_share_bar_run_into_the_first_paragraph_is_taken_off_it()
    {
        var article = Parse("ضبط مخالفين في الطائف", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك ضبطت الجهات الأمنية ثلاثة مخالفين.");

        Assert.Equal(["ضبطت الجهات الأمنية ثلاثة مخالفين."], article.Paragraphs);
    }

    [Fact]
    public void The_comment_section_and_its_form_end_the_article()
    {
        var article = Parse(
            "بوتين وبايدن في جنيف", "التقى الرئيسان في جنيف.", "أضف تعليقك", "الاسم", "البريد الإلكتروني",
            "أحمد: تغطية ممتازة وأتمنى أن تستمر الصحيفة في نشر هذه التقارير المفيدة.", "إرسال");

        Assert.Equal(["التقى الرئيسان في جنيف."], article.Paragraphs);
    }

    [Fact]
    public void An_sms_notice_broken_over_lines_and_a_link_back_are_dropped_whole()
    {
        var article = Parse(
            "هولندا وكثرة الجمعيات الخيرية",
            "قبل سنوات كنت في زيارة لأمستردام عاصمة هولندا.",
            "writer@example.comللتواصل مع الكاتب ارسل رسالة SMS",
            "تبدأ بالرمز (134) ثم مسافة ثم نص الرسالة إلى",
            "88591 - Stc",
            "635031 - Mobily",
            "رابط الخبر بصحيفة الوئام: هولندا وكثرة الجمعيات الخيرية");

        Assert.Equal(["قبل سنوات كنت في زيارة لأمستردام عاصمة هولندا."], article.Paragraphs);
    }

    [Fact]
    public void A_poll_glued_to_the_question_keeps_the_question_only()
    {
        var article = Parse("إفطار رمضان", "ما النوع الذي تفضله؟ #vote_area2 ul { padding: 0; margin: 0; } jQuery.noConflict(); نعم لا");

        Assert.Equal(["ما النوع الذي تفضله؟"], article.Paragraphs);
    }

    [Fact]
    public void A_headline_that_opens_with_a_network_name_stays_the_title()
    {
        var article = Parse("واتساب يتيح ضبط نغمات مخصصة لجهات الاتصال", "أطلقت خدمة التراسل الفوري تحديثا جديدا.");

        Assert.Equal("واتساب يتيح ضبط نغمات مخصصة لجهات الاتصال", article.Title);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Photo_credits_are_captions_and_a_sentence_ending_on_a_name_in_parentheses_is_body()
    {
        const string sentence = "وأعلن مدير الاحتراف في النادي استقالته عبر تغريدات له في موقع التواصل الاجتماعي (تويتر).";

        var article = Parse("استقالة مدير الاحتراف", "تصوير: أحمد حجازي", sentence);

        Assert.Equal(["تصوير: أحمد حجازي"], article.Captions);
        Assert.Equal([sentence], article.Paragraphs);
        Assert.Null(article.Source);
    }

    [Fact]
    public void A_date_stamp_above_the_body_dates_the_article_and_a_bare_number_in_the_body_is_dropped()
    {
        var article = Parse("عنوان", "28/9/2015", "نص المقال عن القمة.", "(3)");

        Assert.Equal(["28/9/2015"], article.PublishedLines);
        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }
}
