using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class BoilerplateGuardTests
{
    private const string Prose1 = "وقال المتحدث باسم الكرملين إن المحادثات بين الرئيسين استمرت أكثر من ساعتين وتناولت ملفات عديدة.";
    private const string Prose2 = "وأضاف أن الجانبين اتفقا على مواصلة الحوار بين وزيري الخارجية خلال الأسابيع المقبلة في جنيف.";

    [Fact]
    public void Paragraphs_after_an_article_subheading_reach_the_extractors()
    {
        string[] paragraphs = [Prose1, "المزيد من العقوبات", Prose2];

        Assert.Equal(paragraphs, BoilerplateGuard.BeforeBoilerplate(paragraphs, RepoCatalogs.Catalogs.Boilerplate));
    }

    [Fact]
    public void Teasers_under_a_closing_block_do_not_reach_the_extractors()
    {
        string[] paragraphs = [Prose1, "حول هذه القصة", "قمة هلسنكي بين بوتين وترامب", Prose2, "Published On 16/7/2018"];

        Assert.Equal([Prose1], BoilerplateGuard.BeforeBoilerplate(paragraphs, RepoCatalogs.Catalogs.Boilerplate));
    }
}
