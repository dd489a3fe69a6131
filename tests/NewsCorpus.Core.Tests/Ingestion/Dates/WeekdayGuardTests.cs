using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion.Dates;

/// <summary>
/// <see cref="DatePatterns.MayHoldWeekday"/> lets the date finder skip its weekday pattern on a unit: it may say
/// "maybe" too often, never "no" where the pattern matches (parsed output was also checked byte for byte over 20,055
/// files, README "Scale").
/// </summary>
public sealed class WeekdayGuardTests
{
    private static readonly DatePatterns Patterns = new(RepoCatalogs.Catalogs.Calendar);

    [Theory]
    [InlineData("قال الرئيس أمس الاثنين إن القمة ناجحة")]
    [InlineData("واليوم الأربعاء يلتقي الرئيسان")]
    [InlineData("وأمس   الإثنين التقيا")]
    [InlineData("فالبارحة الخميس وصل الوفد")]
    [InlineData("The presidents met yesterday Monday in Geneva")]
    [InlineData("and today friday they flew home")]
    public void A_unit_the_weekday_pattern_matches_is_never_skipped(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);

        Assert.True(Patterns.Weekday.IsMatch(normalized), "the pattern itself should match this text");
        Assert.True(Patterns.MayHoldWeekday(normalized));
    }

    [Theory]
    [InlineData("التقى الرئيسان اليوم في جنيف وأمس في روما")]
    [InlineData("وفي الأسبوع الماضي وصل الوفد الروسي")]
    [InlineData("")]
    public void A_unit_without_a_weekday_name_is_skipped(string text) =>
        Assert.False(Patterns.MayHoldWeekday(ArabicNormalizer.Normalize(text)));

    [Fact]
    public void Every_unit_of_the_sample_articles_the_pattern_matches_is_kept_and_some_units_are_skipped()
    {
        var units = RepoCatalogs.SamplePaths()
            .Select(path => RepoCatalogs.ParseBytes(File.ReadAllBytes(path)))
            .SelectMany(structure => ArticleText.From(structure, RepoCatalogs.Catalogs.Boilerplate).Units)
            .Select(unit => unit.Normalized)
            .ToList();

        Assert.All(units.Where(unit => Patterns.Weekday.IsMatch(unit)), unit => Assert.True(Patterns.MayHoldWeekday(unit), unit));
        Assert.Contains(units, unit => Patterns.Weekday.IsMatch(unit));
        Assert.Contains(units, unit => !Patterns.MayHoldWeekday(unit));
    }
}
