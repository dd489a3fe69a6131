using NewsCorpus.Core.Ingestion.Entities;

namespace NewsCorpus.Core.Tests.Ingestion.Entities;

public sealed class EntityTaggerTests
{
    private static readonly EntityTagger Tagger = new(RepoCatalogs.Catalogs.Entities);

    private static IReadOnlyList<string> Tag(string paragraph, string[]? captions = null) =>
        Tagger.Tag(RepoCatalogs.Text("عنوان", [paragraph], captions));

    [Fact]
    public void Spellings_that_differ_only_in_hamza_are_one_person()
    {
        Assert.Equal(["obama"], Tag("قال اوباما"));
        Assert.Equal(["obama"], Tag("قال أوباما"));
    }

    [Theory]
    [InlineData("أوضحت لبوتين أن بلادي لن تتسامح", "putin")]
    [InlineData("التقى بايدن وأوباما في واشنطن", "obama")]
    [InlineData("عمليات محتملة بسوريا", "syria")]
    [InlineData("وقال مصدر مقرب للكرملين", "kremlin")]
    [InlineData("رسالة للأمم المتحدة", "un")]
    [InlineData("فبوتين لم يعلق", "putin")]
    [InlineData("قال دميتري بسكوف المتحدث باسم الكرملين", "peskov")]
    [InlineData("وبالأسد يتمسك الروس", "assad")]
    public void Names_carrying_attached_prefixes_are_found(string text, string entity) =>
        Assert.Contains(entity, Tag(text));

    [Theory]
    [InlineData("قال الدبلوماسي كيريلنكو إن الاجتماع انتهى", "kerry")]
    [InlineData("رحب المسؤولون الإيرانيون بالاتفاق", "iran")]
    [InlineData("عاد الأمريكيون إلى بلادهم", "usa")]
    [InlineData("وصل بوتينوف إلى المدينة", "putin")]
    [InlineData("زار مدينة بسكوف الروسية", "peskov")]
    public void Names_are_not_found_inside_other_words(string text, string entity) =>
        Assert.DoesNotContain(entity, Tag(text));

    [Fact]
    public void Names_on_either_side_of_an_arabic_comma_without_a_space_are_both_found()
    {
        var entities = Tag("ناقشا الأوضاع في سوريا،العراق");
        Assert.Contains("syria", entities);
        Assert.Contains("iraq", entities);
    }

    [Fact]
    public void Obfuscated_and_quoted_names_are_found() =>
        Assert.Contains("navalny", Tag("حذر من أثار إذا توفي المعـ.ـارض الروسي “نافالني” في السـ.ـجن"));

    [Fact]
    public void English_aliases_match_in_captions()
    {
        var entities = Tag("التقى الرئيسان", ["Russian President Vladimir Putin (L) talks to US President Barack Obama (R) in Hangzhou"]);

        Assert.Contains("putin", entities);
        Assert.Contains("obama", entities);
    }

    [Fact]
    public void Entities_come_in_order_of_first_mention_without_repeats() =>
        Assert.Equal(["biden", "putin"], Tag("قال بايدن إن بوتين وبايدن اتفقا"));

    [Fact]
    public void Names_in_teasers_after_a_boilerplate_heading_are_not_tagged() =>
        Assert.DoesNotContain("iraq", Tagger.Tag(RepoCatalogs.Text("عنوان", ["قال بوتين", "اقرأ أيضا", "رئيس وزراء العراق"])));

    [Fact]
    public void Agency_and_pool_names_in_a_photo_credit_are_not_tagged()
    {
        var entities = Tag("التقى الرئيسان",
            ["Putin (L) and Obama (R) shake hands in New York, 28 September 2015. EPA/SERGEI GUNEYEV /RIA NOVOSTI / KREMLIN POOL MANDATORY CREDIT"]);

        Assert.Contains("obama", entities);
        Assert.DoesNotContain("kremlin", entities);
    }
}
