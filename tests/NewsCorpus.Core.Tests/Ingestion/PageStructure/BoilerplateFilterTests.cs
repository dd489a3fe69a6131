using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class BoilerplateFilterTests
{
    private readonly BoilerplateFilter _filter = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("تابعونا على فيسبوك")]
    [InlineData("تابعونا على فيسبوك وتويتر للمزيد من الأخبار")]
    [InlineData("Follow us on Twitter")]
    [InlineData("اشتركوا في قناتنا على يوتيوب")]
    [InlineData("للاطلاع على آخر الأخبار عبر تطبيق تيلغرام:")]
    public void Calls_to_follow_the_outlet_are_boilerplate(string line) => Assert.True(_filter.IsFollowUs(line));

    [Theory]
    [InlineData("وكتب ترامب على تويتر أن اللقاء كان ناجحا")]
    [InlineData("وقال المسؤول إن الرسائل تبادلها الطرفان عبر واتساب خلال الأسابيع الماضية قبل القمة")]
    [InlineData("وتابع الرئيس الروسي حديثه عن العلاقات مع واشنطن")]
    public void Sentences_that_mention_a_platform_are_not_follow_us_lines(string line) => Assert.False(_filter.IsFollowUs(line));

    [Theory]
    [InlineData("واتساب يتيح ضبط نغمات مخصصة لجهات الاتصال على نظام أندرويد")]
    [InlineData("Telegram يحظر قنوات تنشر محتوى متطرفا")]
    public void A_headline_that_opens_with_a_network_name_is_not_a_call_to_follow(string line) => Assert.False(_filter.IsFollowUs(line));

    [Theory]
    [InlineData("twitter:@Dr_Someone")]
    [InlineData("Telegram: https://t.me/somechannel")]
    [InlineData("واتساب:")]
    public void A_network_name_with_a_link_handle_or_colon_is_a_call_to_follow(string line) => Assert.True(_filter.IsFollowUs(line));

    [Theory]
    [InlineData("https://t.me/somechannel")]
    [InlineData("http://vk.com/someagency")]
    [InlineData("www.example.com/news/2021")]
    [InlineData("arabic.rt.com")]
    [InlineData("news@example.com")]
    [InlineData("www.example.com  https://t.me/somechannel")]
    public void A_bare_link_is_boilerplate(string line) => Assert.True(BoilerplateFilter.IsBareUrl(line));

    [Theory]
    [InlineData("ونشر البيت الأبيض النص على موقعه https://whitehouse.gov أمس")]
    [InlineData("https://whitehouse.gov  أمس")]
    public void A_sentence_with_a_link_in_it_is_not_a_bare_link(string line) => Assert.False(BoilerplateFilter.IsBareUrl(line));

    [Theory]
    [InlineData("0940777186")]
    [InlineData("هاتف: +963 11 2234567")]
    [InlineData("للاتصال 00963-11-2234567")]
    public void A_phone_number_line_is_boilerplate(string line) => Assert.True(BoilerplateFilter.IsPhoneLine(line));

    [Theory]
    [InlineData("28/9/2015")]
    [InlineData("وبلغ عدد النازحين 1500000 شخص بحسب تقديرات الأمم المتحدة في نهاية العام")]
    [InlineData("قمة مجموعة العشرين 2016")]
    public void Dates_and_numbers_in_sentences_are_not_phone_lines(string line) => Assert.False(BoilerplateFilter.IsPhoneLine(line));

    // A phone needs seven digits: a line with fewer is not put to the pattern at all, and one with seven still is.
    [Theory]
    [InlineData("هاتف: +966 12 34", true)]
    [InlineData("هاتف: +966 12 3", false)]
    [InlineData("هاتف: +٩٦٦ ١٢ ٣٤", false)] // Eastern digits were never read as a phone
    public void A_phone_needs_seven_digits(string line, bool isPhone) => Assert.Equal(isPhone, BoilerplateFilter.IsPhoneLine(line));

    [Theory]
    [InlineData("Published On 28/9/2015")]
    [InlineData("نُشر في 16/6/2021")]
    [InlineData("آخر تحديث: 17 يونيو 2021")]
    [InlineData("نشر في: 16 يوليو 2018 - 10:34 م آخر تحديث: 16 يوليو 2018 - 11:20 م")]
    [InlineData("نشر في: 16 يوليو 2018 ,12:30 KSA آخر تحديث: 16 يوليو 2018 ,15:45 KSA")]
    public void A_published_stamp_is_recognised(string line) => Assert.True(_filter.IsPublishedLine(line));

    [Theory]
    [InlineData("نشر في الصحيفة مقال طويل عن القمة")]
    [InlineData("نشر في 2015 تقرير يقول إن العلاقات بين البلدين بلغت أسوأ مراحلها منذ الحرب الباردة")]
    [InlineData("نشر في 16 يوليو 2018 تقرير مطول يقول إن العلاقات بين البلدين بلغت أسوأ مراحلها منذ 1991")]
    public void Sentences_starting_like_a_stamp_are_not_published_lines(string line) => Assert.False(_filter.IsPublishedLine(line));

    [Fact]
    public void A_call_to_action_ending_in_a_colon_points_at_the_next_line()
    {
        Assert.True(BoilerplateFilter.PointsAtNextLine("تابعونا عبر تطبيق واتس أب :"));
        Assert.False(BoilerplateFilter.PointsAtNextLine("تابعونا على فيسبوك"));
    }
}
