using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class TitleLineTests
{
    private readonly TitleLine _titles = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء", "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء")]
    [InlineData("سياسي / وزير الخارجية يلتقي نظيره الألماني / إضافة أولى واخيرة", "وزير الخارجية يلتقي نظيره الألماني")]
    [InlineData("اقتصادي/ وزارة المالية تصدر سندات تنمية", "وزارة المالية تصدر سندات تنمية")]
    public void An_agency_desk_label_and_part_marker_are_not_the_headline(string line, string title) =>
        Assert.Equal(title, _titles.Clean(line));

    [Theory]
    [InlineData("روسيا / أمريكا: جولة جديدة من المحادثات")]
    [InlineData("بالصور // قوارب الموت ما زالت تنقل المهاجرين")]
    public void A_slash_inside_a_headline_stays(string line) => Assert.Equal(line, _titles.Clean(line));
}
