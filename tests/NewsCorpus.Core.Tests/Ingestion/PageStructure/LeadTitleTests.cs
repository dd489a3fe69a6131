using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class LeadTitleTests
{
    private const string LongSentence =
        "قام المدير العام لفرع الوزارة في المنطقة بزيارة تفقدية لمركز التأهيل الشامل ودار الرعاية الاجتماعية للمسنين مهنئا النزلاء والآباء من كبار السن بعيد الفطر المبارك متمنيا لهم دوام الصحة والعافية";

    [Theory]
    [InlineData("بوتين وبايدن يتفقان على عودة السفيرين")]
    [InlineData("لماذا يتحرش ضيف الله ببنات الناس في بيشة ولا يفعل في نيويورك ؟")]
    [InlineData("إيران تجني مصائب ما زرعته من فتن في المنطقة وثورتها وصلت للنهاية!")]
    [InlineData("معالي وزير الخارجية يؤكد في مؤتمر صحفي مع نظيره الألماني حرص المملكة على تطوير علاقاتها بشكل جيد مع إيران شرط أن تغير سياستها بالتدخل في شئون دول الجوار")]
    [InlineData("الطحال.. ضربة قوية على البطن قد تؤدي إلى تمزقه وتعرض المصاب للوفاة..")]
    public void Headlines_are_not_paragraphs(string line) => Assert.False(LeadTitle.IsParagraph(line));

    [Theory]
    [InlineData("التقى الرئيس الأمريكي نظيره الروسي في جنيف اليوم وبحثا الأمن السيبراني والاستقرار الاستراتيجي.")]
    [InlineData("هو عدد مستخدمي فيسبوك حسب آخر الإحصائيات؛ لتصبح بذلك هذه الشبكة أكبر دولة في كوكبنا، تليها الصين.")]
    [InlineData(LongSentence + " " + LongSentence)]
    [InlineData("قال الكرملين إن القمة ستعقد في موعدها. وأضاف المتحدث أن التحضيرات تسير بشكل جيد وأن الجانبين اتفقا على جدول الأعمال")]
    public void Text_closed_by_a_full_stop_or_longer_than_any_headline_is_a_paragraph(string line) =>
        Assert.True(LeadTitle.IsParagraph(line));

    [Fact]
    public void A_short_title_is_kept_whole() =>
        Assert.Equal("بوتين وبايدن في جنيف", LeadTitle.Shorten("بوتين وبايدن في جنيف"));

    [Fact]
    public void A_paragraph_gives_its_lead_sentence()
    {
        var title = LeadTitle.FromParagraph("التقى الرئيسان الروسي والأمريكي في جنيف لأول مرة منذ سنوات. وقال الكرملين إن المحادثات كانت بناءة. وأضاف أن الحوار مستمر.");

        Assert.Equal("التقى الرئيسان الروسي والأمريكي في جنيف لأول مرة منذ سنوات.", title);
    }

    [Fact]
    public void A_lead_sentence_too_long_is_cut_at_its_last_clause_break_that_fits()
    {
        var title = LeadTitle.Shorten("أكد الرئيس الروسي فلاديمير بوتين بعد لقائه نظيره الأمريكي على هامش قمة مجموعة العشرين في هانغتشو الصينية، أن البلدين لم يتوصلا بعد إلى اتفاق بشأن سوريا، لكنهما قريبان منه");

        Assert.Equal("أكد الرئيس الروسي فلاديمير بوتين بعد لقائه نظيره الأمريكي على هامش قمة مجموعة العشرين في هانغتشو الصينية", title);
    }

    [Fact]
    public void A_lead_without_a_break_is_cut_at_a_word_and_marked()
    {
        var title = LeadTitle.FromParagraph(LongSentence + ".");

        Assert.True(title.Length <= LeadTitle.MaxLength);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.StartsWith(title[..^1], LongSentence, StringComparison.Ordinal);
        Assert.Equal(' ', LongSentence[title.Length - 1]);
    }

    [Fact]
    public void A_credit_before_a_colon_is_not_the_lead() =>
        Assert.Equal("الليلة الثانية والعشرون من رمضان يوم حزين في حياة السعوديين لفقدان أحد أبرز رجالات الدولة.",
            LeadTitle.FromParagraph("بروفايل سبق – محمد عطيف: الليلة الثانية والعشرون من رمضان يوم حزين في حياة السعوديين لفقدان أحد أبرز رجالات الدولة. وقد نعاه الجميع."));

    [Theory]
    [InlineData(1)]
    [InlineData(149)]
    [InlineData(150)]
    [InlineData(151)]
    [InlineData(400)]
    [InlineData(5000)]
    public void No_title_is_longer_than_150_characters(int length)
    {
        var unbroken = new string('ب', length);
        var words = string.Concat(Enumerable.Repeat("كلمة ", length / 5 + 1))[..length];

        Assert.True(LeadTitle.Shorten(unbroken).Length <= LeadTitle.MaxLength);
        Assert.True(LeadTitle.Shorten(words).Length <= LeadTitle.MaxLength);
        Assert.True(LeadTitle.FromParagraph(words + ".").Length <= LeadTitle.MaxLength);
    }
}
