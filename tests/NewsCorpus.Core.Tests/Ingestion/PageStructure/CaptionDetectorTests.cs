using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class CaptionDetectorTests
{
    private readonly CaptionDetector _detector = new(RepoCatalogs.Catalogs.Boilerplate, RepoCatalogs.SourceNames());

    [Theory]
    [InlineData("U.S. President Donald Trump and Russia's President Vladimir Putin meet in Helsinki, Finland July 16, 2018. REUTERS/Kevin Lamarque")]
    [InlineData("Putin (L) and Biden (R) in Geneva")]
    [InlineData("epa09277212 US President Joe Biden arrives in Geneva. EPA/DENIS BALIBOUSE / POOL")]
    [InlineData("Russian President Vladimir Putin speaks during a news conference in Geneva, Switzerland")]
    public void English_agency_captions_are_captions(string line) => Assert.True(_detector.IsCaption(line));

    [Theory]
    [InlineData("بوتين وترامب خلال قمة هلسنكي (غيتي)")]
    [InlineData("الرئيسان في لقاء سابق، على هامش قمة العشرين (رويترز - أرشيف)")]
    [InlineData("بوتين (يسار) يصافح بايدن في جنيف (الاوروبية)")]
    [InlineData("جانب من المؤتمر الصحفي (أ ف ب)")]
    public void An_arabic_line_ending_in_a_photo_credit_is_a_caption(string line) => Assert.True(_detector.IsCaption(line));

    [Theory]
    [InlineData("وقال المتحدث إن المحادثات ستستمر الأسبوع المقبل. (أ ف ب)")]
    [InlineData("ونقلت رويترز عن مسؤول أميركي أن الاجتماع استمر تسعين دقيقة")]
    [InlineData("والتقى الرئيسان في قصر الأمم المتحدة (المقر الأوروبي)")]
    [InlineData("Breaking News")]
    [InlineData("اجتماع مفيد")]
    [InlineData("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيسين بحثا الوضع في سوريا وأوكرانيا والاستقرار الاستراتيجي والأمن السيبراني خلال اجتماع مغلق استمر أكثر من ساعتين في جنيف (أ ف ب)")]
    public void Body_lines_are_not_captions(string line) => Assert.False(_detector.IsCaption(line));

    [Theory]
    [InlineData("تصوير: أحمد حجازي")]
    [InlineData("* تصوير")]
    [InlineData("الصورة: الرئيسان خلال المؤتمر الصحفي")]
    [InlineData("من اليمين: بوتين وترامب ومترجمة")]
    public void A_line_opened_by_a_caption_label_is_a_caption(string line) => Assert.True(_detector.IsCaption(line));

    [Theory]
    [InlineData("الصورة تتكلم")]
    [InlineData("صورة الرئيس في الإعلام الغربي تغيرت كثيرا بعد القمة")]
    public void A_heading_or_sentence_that_opens_with_the_word_is_not(string line) => Assert.False(_detector.IsCaption(line));

    [Theory]
    [InlineData("أعلن مدير الاحتراف في النادي استقالته من منصبه، موجها رسائل قاسية إلى رئيس النادي عبر تغريدات له في موقع التواصل الاجتماعي (تويتر).")]
    [InlineData("وقالت الشركة إنها ستبدأ العمل اعتبارا من أول أسبوع من شهر أغسطس (آب).")]
    public void A_sentence_closed_after_a_name_in_parentheses_is_not_a_caption(string line) => Assert.False(_detector.IsCaption(line));

    [Fact]
    public void A_long_caption_with_a_photo_only_credit_is_still_a_caption() =>
        Assert.True(_detector.IsCaption(
            "الرئيس الروسي فلاديمير بوتين يصافح نظيره الأمريكي جو بايدن أمام الصحفيين في فيلا لا غرانج على ضفاف بحيرة جنيف قبل بدء القمة الأولى بينهما (غيتي)"));
}
