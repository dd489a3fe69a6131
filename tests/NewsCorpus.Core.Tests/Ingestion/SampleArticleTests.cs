namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>Golden tests: the five sample articles, parsed end to end through the shipped catalogs.</summary>
public sealed class SampleArticleTests
{
    [Theory]
    [InlineData("000", "g8-2013-lough-erne", "2013-06-17")]
    [InlineData("001", "geneva-2021", "2021-06-16")]
    [InlineData("002", "g20-2016-hangzhou", "2016-09-05")]
    [InlineData("003", "g20-2016-hangzhou", "2016-09-05")]
    [InlineData("004", "unga-2015-new-york", "2015-09-28")]
    public void Sample_gets_its_summit_and_date(string sample, string summit, string date)
    {
        var article = RealCatalogs.Sample(sample);

        Assert.True(summit == article.SummitId, $"{article.SummitId}: {article.SummitEvidence}");
        Assert.True(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) == article.Date,
            $"{article.Date} {article.DateSource}: {article.DateEvidence}");
        Assert.InRange(article.SummitConfidence, 0.5, 1);
        Assert.InRange(article.DateConfidence, 0.3, 1);
    }

    [Theory]
    [InlineData("000", "putin,obama")]
    [InlineData("001", "putin,biden,navalny,snowden")]
    [InlineData("002", "putin,obama,kerry,lavrov")]
    [InlineData("003", "putin,obama,kerry,lavrov,peskov")]
    [InlineData("004", "putin,obama,assad")]
    public void Sample_is_tagged_with_its_key_people(string sample, string people)
    {
        var article = RealCatalogs.Sample(sample);

        foreach (var person in people.Split(','))
            Assert.True(article.Entities.Contains(person), $"{person} missing from {string.Join(",", article.Entities)}");
    }

    [Fact]
    public void Sample_000_date_is_inferred_from_its_summit()
    {
        var article = RealCatalogs.Sample("000");

        Assert.Equal("summit", article.DateSource);
        Assert.Contains("inferred", article.DateEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_001_weekday_picks_the_day_and_the_year_alone_is_not_a_date()
    {
        var article = RealCatalogs.Sample("001");

        Assert.Contains("الاربعاء", article.DateEvidence, StringComparison.Ordinal);
        Assert.DoesNotContain("2013", article.DateEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_004_teaser_dates_and_people_after_the_boilerplate_heading_do_not_count()
    {
        var article = RealCatalogs.Sample("004");

        Assert.DoesNotContain("2014", article.DateEvidence, StringComparison.Ordinal);
        Assert.DoesNotContain("iraq", article.Entities);
        Assert.NotEqual("published", article.DateSource);
    }
}
