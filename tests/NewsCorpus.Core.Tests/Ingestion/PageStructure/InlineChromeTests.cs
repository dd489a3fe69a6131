using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class InlineChromeTests
{
    private readonly InlineChrome _chrome = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك ضبطت الجهات الأمنية في الطائف ثلاثة مخالفين.", "ضبطت الجهات الأمنية في الطائف ثلاثة مخالفين.")]
    [InlineData("Next Previous عين اليوم – واس", "عين اليوم – واس")]
    [InlineData("طباعة إرسال لصديق حجم الخط التقى الرئيسان في جنيف.", "التقى الرئيسان في جنيف.")]
    public void Share_buttons_run_into_a_line_are_taken_off(string line, string rest) => Assert.Equal(rest, _chrome.Strip(line));

    [Theory]
    [InlineData("شارك الرئيسان في القمة التي عقدت في جنيف.")]
    [InlineData("فيسبوك تطلق خدمة جديدة للأخبار")]
    [InlineData("المزيد من العقوبات على روسيا")]
    public void A_sentence_that_opens_with_one_such_word_keeps_it(string line) => Assert.Equal(line, _chrome.Strip(line));

    [Fact]
    public void A_poll_script_after_the_text_is_cut_with_the_form_that_follows()
    {
        const string line = "ما رأيك في تنظيم الفعاليات؟ #vote_area2 ul { padding: 0; margin: 0; } .box_vote { padding:18px; } jQuery.noConflict(); كيف تقضي العيد؟ في المدينة خارجها";

        Assert.Equal("ما رأيك في تنظيم الفعاليات؟", _chrome.Strip(line));
    }

    [Theory]
    [InlineData("jQuery(document).ready(function(){ jQuery('#vote').submit(); });")]
    [InlineData("<script>var x = 1;</script>")]
    public void A_line_of_code_is_cut_to_nothing(string line) => Assert.Equal("", _chrome.Strip(line));

    [Fact]
    public void Braces_in_text_are_not_code() =>
        Assert.Equal("قال {المتحدث}: الاجتماع كان مثمرا", _chrome.Strip("قال {المتحدث}: الاجتماع كان مثمرا"));
}
