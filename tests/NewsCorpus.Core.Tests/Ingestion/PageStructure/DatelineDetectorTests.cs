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
    [InlineData("كشف لـ «عكاظ» مصدر مسؤول أن الاجتماع سيعقد غدا")]
    [InlineData("أكد الرئيس الروسي فلاديمير بوتين أن الاتفاق المحتمل سيزيد التعاون")]
    public void A_paragraph_that_only_looks_like_it_opens_with_a_dateline_keeps_its_words(string paragraph) =>
        Assert.Null(_detector.SplitLeading(paragraph));

    [Theory]
    [InlineData("عين اليوم – الرياض", "عين اليوم", "3alyoum")]
    [InlineData("حنان الحامدي – عين اليوم", "عين اليوم", "3alyoum")]
    [InlineData("موسكو-سبوتنيك", "سبوتنيك", "sputnik")]
    [InlineData("واشنطن- رويترز", "رويترز", "reuters")]
    [InlineData("براغ - ا ف ب", "ا ف ب", "afp")]
    [InlineData("الكويت - كونا", "كونا", "kuna")]
    [InlineData("سان فرانسيسكو 20 يوليو تموز (رويترز) -", "رويترز", "reuters")]
    public void An_outlet_before_or_after_the_place_or_reporter_is_the_agency(string line, string agency, string id)
    {
        var dateline = _detector.ReadLine(line);

        Assert.NotNull(dateline);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal([id], dateline.AgencyIds);
    }

    [Fact]
    public void A_dateline_of_two_credits_is_credited_as_written()
    {
        var dateline = _detector.ReadLine("عين اليوم – واس");

        Assert.NotNull(dateline);
        Assert.Equal("عين اليوم – واس", dateline.Agency);
        Assert.Equal(["3alyoum", "spa"], dateline.AgencyIds);
    }

    [Fact]
    public void An_outlet_the_catalog_does_not_know_is_credited_as_written()
    {
        var dateline = _detector.ReadLine("بغداد - صحيفة الفجر الجديد");

        Assert.NotNull(dateline);
        Assert.Equal("صحيفة الفجر الجديد", dateline.Agency);
        Assert.Empty(dateline.AgencyIds);
    }

    [Theory]
    [InlineData("الرياض - أحمد الشمالي")]
    [InlineData("المدينة المنورة - محمد العمري")]
    [InlineData("الدوحة - قنا")]
    public void A_city_that_is_also_a_paper_or_an_agency_is_not_credited(string line) =>
        Assert.Empty(_detector.ReadLine(line)?.AgencyIds ?? []);

    [Theory]
    [InlineData("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس")]
    [InlineData("طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس")]
    public void A_dated_dateline_without_dashes_names_its_agency(string line)
    {
        var dateline = _detector.ReadDated(line);

        Assert.NotNull(dateline);
        Assert.Equal("واس", dateline.Agency);
        Assert.Equal(["spa"], dateline.AgencyIds);
    }

    [Theory]
    [InlineData("30 مشاركاً في التصفيات النهائية لمسابقة المساجلات الشعرية في سوق عكاظ")]
    [InlineData("مصر تتسلم أول 3 طائرات رافال الفرنسية")]
    [InlineData("مسابقة 2015 للتصوير تختار 12 فائزا من الفرنسية")]
    public void A_headline_that_ends_in_an_outlets_name_is_not_a_dated_dateline(string line) =>
        Assert.Null(_detector.ReadDated(line));

    [Theory]
    [InlineData("سبق- جدة: احتلت الجامعة المركز الأول في التصنيف الدولي", "سبق- جدة", "احتلت الجامعة المركز الأول في التصنيف الدولي", "sabq")]
    [InlineData("بكين 5 يوليو 2016 (شينخوا) أعلنت الحكومة الصينية اليوم خطة جديدة", "بكين 5 يوليو 2016 (شينخوا)", "أعلنت الحكومة الصينية اليوم خطة جديدة", "xinhua")]
    [InlineData("براغ - ا ف ب - التقى الرئيسان في العاصمة التشيكية", "براغ - ا ف ب", "التقى الرئيسان في العاصمة التشيكية", "afp")]
    public void A_paragraph_that_opens_with_an_outlets_dateline_is_split(string paragraph, string dateline, string rest, string id)
    {
        var split = _detector.SplitLeading(paragraph);

        Assert.NotNull(split);
        Assert.Equal(dateline, split.Value.Dateline.Text);
        Assert.Equal(rest, split.Value.Remainder);
        Assert.Equal([id], split.Value.Dateline.AgencyIds);
    }
}
