using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class DatelineDetectorTests
{
    private readonly DatelineDetector _detector = new(RepoCatalogs.SourceNames());

    [Theory]
    [InlineData("دانانغ (فيتنام) - أ ف ب", "أ ف ب", "afp")]
    [InlineData("جنيف – وكالات", "وكالات", "agencies")]
    [InlineData("موسكو - رويترز", "رويترز", "reuters")]
    [InlineData("هانغتشو-الصين-سانا", "سانا", "sana")]
    [InlineData("بيروت ـ الأناضول", "الأناضول", "anadolu")]
    [InlineData("واشنطن — الجزيرة نت", "الجزيرة نت", "aljazeera")]
    [InlineData("موسكو (رويترز)", "رويترز", "reuters")]
    [InlineData("دبي - العربية.نت", "العربية.نت", "alarabiya")]
    [InlineData("موسكو - أ.ف.ب", "أ.ف.ب", "afp")]
    [InlineData("القاهرة - «الشرق الأوسط»:", "الشرق الأوسط", "aawsat")]
    public void A_dateline_line_gives_its_agency(string line, string agency, string id)
    {
        var dateline = _detector.ReadLine(line);

        Assert.NotNull(dateline);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal([id], dateline.AgencyIds);
    }

    [Theory]
    [InlineData("سوشال-متابعة")]
    [InlineData("عمان - الغد")]
    public void A_tiny_dashed_line_is_a_dateline_even_when_its_outlet_is_unknown(string line)
    {
        var dateline = _detector.ReadLine(line);

        Assert.NotNull(dateline);
        Assert.Equal(line, dateline.Text);
        Assert.Null(dateline.Agency);
        Assert.Empty(dateline.AgencyIds);
    }

    [Theory]
    [InlineData("اجتماع مفيد")]
    [InlineData("المقرر النهائي.. هذا ما تم الاتفاق عليه")]
    [InlineData("بوتين وبايدن في جنيف - قمة بلا نتائج")]
    [InlineData("روسيا - أمريكا، جولة جديدة")]
    [InlineData("رويترز")]
    [InlineData("أكد الرئيس الروسي فلاديمير بوتين أن الاتفاق المحتمل - إن تم - سيزيد التعاون")]
    public void Headings_and_sentences_are_not_datelines(string line) =>
        Assert.Null(_detector.ReadLine(line));

    [Theory]
    [InlineData("موسكو-سانا أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد", "موسكو-سانا", "أكد الرئيس الروسي فلاديمير بوتين أن بلاده سترد", "sana")]
    [InlineData("موسكو - رويترز قال الكرملين إن القمة ستعقد في موعدها", "موسكو - رويترز", "قال الكرملين إن القمة ستعقد في موعدها", "reuters")]
    [InlineData("موسكو (رويترز) - قال الكرملين إن القمة ستعقد في موعدها", "موسكو (رويترز)", "قال الكرملين إن القمة ستعقد في موعدها", "reuters")]
    [InlineData("دانانغ (فيتنام) - أ ف ب: التقى الرئيسان على هامش القمة", "دانانغ (فيتنام) - أ ف ب", "التقى الرئيسان على هامش القمة", "afp")]
    public void A_paragraph_that_opens_with_a_dateline_is_split(string paragraph, string dateline, string rest, string id)
    {
        var split = _detector.SplitLeading(paragraph);

        Assert.NotNull(split);
        Assert.Equal(dateline, split.Value.Dateline.Text);
        Assert.Equal(rest, split.Value.Remainder);
        Assert.Equal([id], split.Value.Dateline.AgencyIds);
    }

    [Theory]
    [InlineData("الحوار الروسي-الأمريكي مستمر منذ أشهر بحسب مسؤولين")]
    [InlineData("روسيا-أوكرانيا: مفاوضات جديدة تبدأ غدا في جنيف")]
    [InlineData("رويترز - نقلت الوكالة عن مسؤول أن القمة انتهت")]
    [InlineData("موسكو (رويترز) قالت إن القمة انتهت دون اتفاق")]
    [InlineData("أكد الرئيس الروسي فلاديمير بوتين أن الاتفاق المحتمل سيزيد التعاون")]
    public void A_paragraph_that_only_looks_like_it_opens_with_a_dateline_keeps_its_words(string paragraph) =>
        Assert.Null(_detector.SplitLeading(paragraph));
}
