using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

/// <summary>What pages print between the title and the first paragraph: bylines and date stamps, in any order.</summary>
public sealed class ArticleHeaderTests
{
    private readonly ArticleStructureParser _parser = RepoCatalogs.StructureParser();

    private ArticleStructure Parse(params string[] lines) => _parser.Parse(string.Join('\n', lines));

    [Fact]
    public void Byline_and_date_stamp_above_the_dateline_are_kept_out_of_the_body()
    {
        var article = Parse("بوتين وترامب يلتقيان في هلسنكي", "كتب: محمد علي", "الاثنين 16 يوليو 2018", "هلسنكي - أ ف ب",
            "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي.");

        Assert.Equal("كتب: محمد علي", article.Byline);
        Assert.Equal(["الاثنين 16 يوليو 2018"], article.PublishedLines);
        Assert.Equal("هلسنكي - أ ف ب", article.Dateline);
        Assert.Equal(["afp"], article.SourceIds);
        Assert.Equal(["التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي."], article.Paragraphs);
    }

    [Theory]
    [InlineData("الاثنين 16 يوليو 2018 الساعة 10:30 GMT")]
    [InlineData("2016-09-05 10:30 GMT")]
    public void A_stamp_with_its_weekday_time_and_zone_is_still_a_date_stamp(string stamp)
    {
        var article = Parse("بوتين وأوباما يلتقيان", stamp, "التقى الرئيسان في هانغتشو.");

        Assert.Equal([stamp], article.PublishedLines);
        Assert.Equal(["التقى الرئيسان في هانغتشو."], article.Paragraphs);
    }

    [Fact]
    public void A_line_longer_than_any_stamp_is_a_paragraph_even_when_it_is_all_dates()
    {
        var dates = "المواعيد " + string.Join(" ", Enumerable.Range(1, 17).Select(d => $"2016-09-{d:00}"));

        var article = Parse("مواعيد القمة", dates, "التقى الرئيسان في هانغتشو.");

        Assert.Empty(article.PublishedLines);
        Assert.Equal(dates, article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("بقلم سامر الأحمد")]
    [InlineData("إعداد: قسم الأخبار الدولية")]
    [InlineData("By John Smith")]
    public void Author_credits_are_bylines(string line) =>
        Assert.Equal(line, Parse("عنوان", line, "نص المقال عن القمة.").Byline);

    [Theory]
    [InlineData("كتب ترامب على تويتر أن اللقاء كان رائعا، وأنه سيلتقي بوتين مجددا.")]
    [InlineData("كتب الرئيس:")]
    public void A_paragraph_opening_with_the_verb_is_not_a_byline(string line)
    {
        var article = Parse("عنوان", line, "نص المقال.");

        Assert.Null(article.Byline);
        Assert.Equal(line, article.Paragraphs[0]);
    }

    [Fact]
    public void A_byline_below_the_first_paragraph_stays_in_the_body()
    {
        var article = Parse("عنوان", "نص المقال عن القمة.", "كتب: محمد علي");

        Assert.Null(article.Byline);
        Assert.Equal(["نص المقال عن القمة.", "كتب: محمد علي"], article.Paragraphs);
    }

    [Theory]
    [InlineData("الاثنين 16 يوليو 2018")]
    [InlineData("2016-09-05 10:30 GMT")]
    [InlineData("28/9/2015")]
    [InlineData("الأربعاء ١٦ حزيران/يونيو ٢٠٢١ - 14:05")]
    public void Date_stamps_date_the_article_and_are_not_paragraphs(string line)
    {
        var article = Parse("عنوان", line, "نص المقال عن القمة.");

        Assert.Equal([line], article.PublishedLines);
        Assert.Equal(["نص المقال عن القمة."], article.Paragraphs);
    }

    [Theory]
    [InlineData("في 16 يوليو 2018 التقى الرئيسان في هلسنكي للمرة الأولى.")]
    [InlineData("قمة 2018")]
    public void A_sentence_or_heading_with_a_date_in_it_is_a_paragraph(string line) =>
        Assert.Equal(line, Parse("عنوان", line, "نص المقال.").Paragraphs[0]);

    [Fact]
    public void A_title_that_opens_like_a_see_also_heading_is_still_the_title()
    {
        var article = Parse("الرئيسية » أخبار » العالم", "المزيد من العقوبات على روسيا", "واشنطن - رويترز",
            "فرضت الولايات المتحدة عقوبات جديدة على روسيا اليوم الجمعة بسبب دورها في الأزمة الأوكرانية وفق وزارة الخزانة.");

        Assert.Equal("المزيد من العقوبات على روسيا", article.Title);
        Assert.Equal("واشنطن - رويترز", article.Dateline);
        Assert.Single(article.Paragraphs);
    }
}
