using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

/// <summary>Made-up articles in the styles of other outlets, one rule of the page layout at a time.</summary>
public sealed class ArticleStructureParserTests
{
    private readonly ArticleStructureParser _parser = RepoCatalogs.StructureParser();

    private ArticleStructure Parse(params string[] lines) => _parser.Parse(string.Join('\n', lines));

    [Fact]
    public void An_afp_dateline_line_names_the_source_when_there_is_no_source_line()
    {
        var article = Parse("قمة في فيتنام", "", "دانانغ (فيتنام) - أ ف ب", "", "التقى الرئيسان على هامش قمة آسيا والمحيط الهادئ.");

        Assert.Equal("قمة في فيتنام", article.Title);
        Assert.Equal("دانانغ (فيتنام) - أ ف ب", article.Dateline);
        Assert.Equal("أ ف ب", article.Source);
        Assert.Equal(["afp"], article.SourceIds);
        Assert.Equal(["التقى الرئيسان على هامش قمة آسيا والمحيط الهادئ."], article.Paragraphs);
    }

    [Fact]
    public void A_dateline_at_the_start_of_the_first_paragraph_is_taken_off_it()
    {
        var article = Parse("بوتين يحذر", "موسكو-سانا أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد بحزم.", "وأضاف أن الحوار مستمر.");

        Assert.Equal("موسكو-سانا", article.Dateline);
        Assert.Equal(["sana"], article.SourceIds);
        Assert.Equal(["أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد بحزم.", "وأضاف أن الحوار مستمر."], article.Paragraphs);
    }

    [Fact]
    public void The_source_line_wins_over_the_dateline_agency()
    {
        var article = Parse("عنوان", "جنيف – وكالات", "نص المقال عن القمة.", "المصدر : الجزيرة");

        Assert.Equal("جنيف – وكالات", article.Dateline);
        Assert.Equal("الجزيرة", article.Source);
        Assert.Equal(["aljazeera"], article.SourceIds);
        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }

    [Fact]
    public void An_agency_credit_alone_on_the_last_line_is_the_source()
    {
        var article = Parse("عنوان", "نص المقال عن القمة.", "(أ ف ب)");

        Assert.Equal("أ ف ب", article.Source);
        Assert.Equal(["afp"], article.SourceIds);
        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }

    [Fact]
    public void A_photo_credit_is_not_the_article_source()
    {
        var article = Parse(
            "عنوان",
            "Russian President Vladimir Putin and US President Joe Biden meet in Geneva. REUTERS/Denis Balibouse",
            "بوتين وبايدن في جنيف (رويترز)",
            "نص المقال عن القمة.");

        Assert.Null(article.Source);
        Assert.Empty(article.SourceIds);
        Assert.Equal(2, article.Captions.Count);
        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }

    [Fact]
    public void A_caption_inside_the_body_is_taken_out_of_the_paragraphs()
    {
        var article = Parse("عنوان", "الفقرة الأولى.", "صورة أرشيفية للرئيسين في هلسنكي (غيتي)", "الفقرة الثانية.");

        Assert.Equal(["صورة أرشيفية للرئيسين في هلسنكي (غيتي)"], article.Captions);
        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."], article.Paragraphs);
    }

    [Fact]
    public void Follow_us_lines_links_and_numbers_are_dropped_with_the_line_they_announce()
    {
        var article = Parse(
            "عنوان",
            "نص المقال عن القمة.",
            "تابعونا على فيسبوك",
            "اشتركوا في قناتنا عبر واتساب:",
            "أرسل كلمة اشتراك إلى الرقم المذكور بعد حفظه",
            "https://t.me/somechannel",
            "هاتف: +963 11 2234567");

        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }

    [Fact]
    public void Read_also_blocks_and_their_stamps_do_not_reach_the_body_but_the_article_stamp_is_kept()
    {
        var article = Parse(
            "عنوان",
            "Published On 16/6/2021",
            "نص المقال عن القمة.",
            "اقرأ أيضا",
            "بوتين يلتقي بايدن في جنيف",
            "Published On 15/6/2021");

        Assert.Equal(["Published On 16/6/2021"], article.PublishedLines);
        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }

    [Fact]
    public void A_dateline_shaped_line_inside_the_body_stays_a_paragraph()
    {
        var article = Parse("عنوان", "الفقرة الأولى.", "موسكو - رويترز", "الفقرة الثانية.");

        Assert.Null(article.Dateline);
        Assert.Equal(["الفقرة الأولى.", "موسكو - رويترز", "الفقرة الثانية."], article.Paragraphs);
    }

    [Fact]
    public void The_title_repeated_under_the_dateline_is_dropped_once_and_headings_stay()
    {
        var article = Parse("بوتين وبايدن في جنيف", "موسكو - رويترز", "بوتين وبايدن في جنيف", "النص الأول.", "اجتماع مفيد", "النص الثاني.");

        Assert.Equal(["النص الأول.", "اجتماع مفيد", "النص الثاني."], article.Paragraphs);
    }

    [Fact]
    public void A_file_of_one_line_is_a_title_without_a_body()
    {
        var article = Parse("عنوان وحيد");

        Assert.Equal("عنوان وحيد", article.Title);
        Assert.Empty(article.Paragraphs);
    }

    [Fact]
    public void Paragraphs_and_the_source_line_after_an_inline_read_more_teaser_are_kept()
    {
        var article = Parse(
            "بوتين وبايدن في جنيف",
            "التقى الرئيسان الروسي والأمريكي في جنيف في أول قمة بينهما منذ تولي بايدن الرئاسة هذا العام.",
            "اقرأ المزيد",
            "لافروف يصل إلى جنيف قبل القمة",
            "وقال الكرملين إن المحادثات استمرت أكثر من ثلاث ساعات وتناولت الأمن السيبراني والاستقرار الاستراتيجي.",
            "وأضاف أن الجانبين اتفقا على عودة السفيرين إلى موسكو وواشنطن خلال الأسابيع المقبلة.",
            "المصدر: RT + وكالات");

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("لافروف يصل", StringComparison.Ordinal));
        Assert.Equal("RT + وكالات", article.Source);
    }

    [Fact]
    public void A_breadcrumb_above_the_title_and_share_bars_are_dropped()
    {
        var article = Parse(
            "الرئيسية » أخبار » العالم",
            "بوتين وبايدن في جنيف",
            "شارك هذا المقال",
            "Facebook Twitter WhatsApp",
            "التقى الرئيسان الروسي والأمريكي في جنيف.",
            "فيسبوك",
            "تويتر");

        Assert.Equal("بوتين وبايدن في جنيف", article.Title);
        Assert.Equal(["التقى الرئيسان الروسي والأمريكي في جنيف."], article.Paragraphs);
    }

    [Fact]
    public void An_agency_sign_off_at_the_end_is_not_a_paragraph()
    {
        var article = Parse("بوتين يحذر", "موسكو-سانا أكد الرئيس الروسي أن بلاده سترد بحزم.", "ع.ع/م.ش");

        Assert.Equal(["أكد الرئيس الروسي أن بلاده سترد بحزم."], article.Paragraphs);
    }

    [Fact]
    public void A_wire_paragraph_ending_in_its_agency_credit_is_body_and_names_the_source()
    {
        const string paragraph = "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيسين بحثا الوضع في سوريا وأوكرانيا والاستقرار الاستراتيجي والأمن السيبراني خلال اجتماع مغلق استمر أكثر من ساعتين في جنيف (أ ف ب)";
        var article = Parse("بوتين وبايدن في جنيف", "التقى الرئيسان في جنيف.", paragraph);

        Assert.Empty(article.Captions);
        Assert.Equal(["التقى الرئيسان في جنيف.", paragraph], article.Paragraphs);
        Assert.Equal("أ ف ب", article.Source);
        Assert.Equal(["afp"], article.SourceIds);
    }
}
