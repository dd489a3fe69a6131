using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class NoticeLineTests
{
    private readonly NoticeLine _notices = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("رابط الخبر بصحيفة الوئام: ضبط مواد غذائية تالفة بمكة المكرمة")]
    [InlineData("للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (134) ثم مسافة ثم نص الرسالة إلى 88591 - Stc")]
    [InlineData("aaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS")]
    [InlineData("Twitter:@someone1418للتواصل أرسل sms إلى 88548 الاتصالات")]
    [InlineData("تويتر: @some_one_wssl@example.comللتواصل مع الكاتب ارسل رسالة SMS")]
    [InlineData("مقالات أخرى للكاتبصداقة الفضيلةكم من الأكاديميين الخوارج؟!الحب.. عيب!")]
    public void Outlet_notices_are_notices(string line) => Assert.True(_notices.Is(line));

    [Theory]
    [InlineData("وأوضح أن رابط التواصل بين الوزارتين سيعزز العمل المشترك.")]
    [InlineData("للتواصل الجيد مع الجمهور أهمية كبيرة في عمل الوزارة")]
    public void Sentences_are_not_notices(string line) => Assert.False(_notices.Is(line));

    [Theory]
    [InlineData("تبدأ بالرمز (134) ثم مسافة ثم نص الرسالة إلى")]
    [InlineData("88591 - Stc")]
    [InlineData("ثم الرسالة")]
    public void Pieces_of_an_sms_notice_carry_it_on(string line) =>
        Assert.True(NoticeLine.Continues("للتواصل مع الكاتب ارسل رسالة SMS", line));

    [Theory]
    [InlineData("وقال المتحدث إن الاجتماع سيعقد في موعده المحدد الأسبوع المقبل في العاصمة.")]
    [InlineData("وأضاف أن 3 وزراء سيحضرون الاجتماع.")]
    public void The_article_resumes_after_a_notice(string line) =>
        Assert.False(NoticeLine.Continues("للتواصل مع الكاتب ارسل رسالة SMS", line));
}
