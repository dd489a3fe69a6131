using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class ProseLineTests
{
    [Theory]
    [InlineData("وقال المتحدث باسم الكرملين إن المحادثات بين الرئيسين استمرت أكثر من ساعتين وتناولت ملفات عديدة.")]
    [InlineData("وأضاف أن \"الحوار بين البلدين سيستمر رغم الخلافات العميقة في ملفات أوكرانيا وسوريا والأمن.\"")]
    [InlineData("وأكد المسؤول أن الاجتماع كان مثمرا وأن الجانبين اتفقا على مواصلة الحوار بين الوزيرين في جنيف خلال الأسابيع المقبلة وعلى عودة السفيرين إلى موسكو وواشنطن قبل نهاية الشهر الجاري بحسب ما نقلته وسائل الإعلام")]
    public void Paragraphs_closed_by_a_stop_or_longer_than_any_headline_read_as_prose(string line) =>
        Assert.True(ProseLine.Reads(line));

    [Theory]
    [InlineData("بوتين: سنرد بشكل حاسم في حالة تصعيد الأعمال العدوانية على روسيا")]
    [InlineData("الرئيس الأميركي يعلن من البيت الأبيض أن بلاده مستعدة للتعاون مع روسيا وإيران لحل الأزمة في سوريا قريبا")]
    [InlineData("موسكو-سانا أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد بشكل حاسم وبطريقة مماثلة في حالة تصعيد …")]
    [InlineData("أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد بشكل حاسم وبطريقة مماثلة في حالة تصعيد الأعمال...")]
    [InlineData("US President Barack Obama delivers his address during the 70th session of the United Nations General Assembly in New York.")]
    [InlineData("قمة قصيرة.")]
    public void Headlines_cut_off_summaries_and_latin_captions_are_not_prose(string line) =>
        Assert.False(ProseLine.Reads(line));
}
