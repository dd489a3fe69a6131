using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Tests.Ingestion.Sources;

public sealed class SourceLineParserTests
{
    private readonly SourceLineParser _parser = new(RepoCatalogs.Catalogs.Boilerplate, RepoCatalogs.SourceNames());

    [Theory]
    [InlineData("المصدر : الجزيرة + وكالات", "الجزيرة + وكالات", new[] { "aljazeera", "agencies" })]
    [InlineData("المصدر: نداء سوريا", "نداء سوريا", new[] { "nedaa-syria" })]
    [InlineData("المصادر: رويترز، أ ف ب", "رويترز، أ ف ب", new[] { "reuters", "afp" })]
    [InlineData("المصدر الجزيرة ووكالات", "الجزيرة ووكالات", new[] { "aljazeera", "agencies" })]
    [InlineData("Source: Reuters", "Reuters", new[] { "reuters" })]
    [InlineData("المصدر: موقع محلي", "موقع محلي", new string[0])]
    [InlineData("(أ ف ب)", "أ ف ب", new[] { "afp" })]
    [InlineData("(رويترز + الجزيرة).", "رويترز + الجزيرة", new[] { "reuters", "aljazeera" })]
    public void A_source_line_gives_the_name_shown_and_the_catalog_ids(string line, string name, string[] ids)
    {
        var source = _parser.Parse(line);

        Assert.NotNull(source);
        Assert.Equal(name, source.Name);
        Assert.Equal(ids, source.Ids);
    }

    [Theory]
    [InlineData("المصدر نفسه أكد أن رويترز نشرت الخبر")]
    [InlineData("المصدر: قال مسؤول إن القمة انتهت. وأضاف أن المحادثات ستستمر")]
    [InlineData("ونقلت رويترز عن المصدر قوله إن الاجتماع كان مثمرا")]
    [InlineData("(يمين)")]
    [InlineData("(الجزيرة قالت إن الاجتماع انتهى)")]
    public void Sentences_about_a_source_are_not_source_lines(string line) => Assert.Null(_parser.Parse(line));

    [Theory]
    [InlineData("* خدمة «نيويورك تايمز»", "نيويورك تايمز", new[] { "nyt" })]
    [InlineData("* بالاتفاق مع «بلومبيرغ»", "بلومبيرغ", new[] { "bloomberg" })]
    [InlineData("خاص بـ«الشرق الأوسط»", "الشرق الأوسط", new[] { "aawsat" })]
    [InlineData("وكالات", "وكالات", new[] { "agencies" })]
    [InlineData("( الوكالات)", "الوكالات", new[] { "agencies" })]
    [InlineData("عين اليوم – واس", "عين اليوم – واس", new[] { "3alyoum", "spa" })]
    [InlineData("المصدر: الحياة", "الحياة", new[] { "alhayat" })]
    [InlineData("(صحيفة الأيام الجديدة)", "صحيفة الأيام الجديدة", new string[0])]
    public void Sign_offs_syndication_lines_and_bare_credits_are_source_lines(string line, string name, string[] ids)
    {
        var source = _parser.Parse(line);

        Assert.NotNull(source);
        Assert.Equal(name, source.Name);
        Assert.Equal(ids, source.Ids);
    }

    [Theory]
    [InlineData("خدمة العملاء متاحة على مدار الساعة")]
    [InlineData("الرياض")]
    [InlineData("موقع الانفجار")]
    [InlineData("(آب)")]
    public void Words_that_only_look_like_credits_are_not_source_lines(string line) => Assert.Null(_parser.Parse(line));

    [Theory]
    [InlineData("وقالت الشركة إنها ستبدأ العمل اعتبارا من شهر أغسطس (آب)")]
    [InlineData("وشهد الحفل افتتاح (قناة السويس)")]
    [InlineData("وكتب تغريدة على موقع التواصل الاجتماعي (تويتر)")]
    public void A_name_in_parentheses_closing_a_sentence_is_not_its_credit(string paragraph) =>
        Assert.Null(_parser.TrailingCredit(paragraph));
}
