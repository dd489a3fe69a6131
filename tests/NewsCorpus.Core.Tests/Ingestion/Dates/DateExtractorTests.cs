using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Tests.Ingestion.Dates;

public sealed class DateExtractorTests
{
    private static readonly DateExtractor Extractor = new(RepoCatalogs.Catalogs.Calendar);

    private static Summit Summit(string id) => RepoCatalogs.Catalogs.Summits.Find(id)!;

    private static DateFinding? Extract(Summit? summit, string[] paragraphs, string[]? captions = null, string[]? published = null) =>
        DateExtractor.Extract(Extractor.FindClues(RepoCatalogs.Text("عنوان", paragraphs, captions, published: published)), summit);

    [Fact]
    public void A_weekday_picks_the_day_inside_the_summit_range()
    {
        // Hangzhou ran 4–5 September 2016; the 4th was a Sunday, the meeting date is the 5th.
        var date = Extract(Summit("g20-2016-hangzhou"), ["التقى الرئيسان اليوم الأحد على هامش القمة"])!;

        Assert.Equal(new DateOnly(2016, 9, 4), date.Date);
        Assert.Equal("summit", date.Source);
        Assert.Contains("agrees", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_written_date_the_summit_meeting_date_is_inferred()
    {
        var date = Extract(Summit("g8-2013-lough-erne"), ["التقى الرئيسان على هامش القمة"])!;

        Assert.Equal(new DateOnly(2013, 6, 17), date.Date);
        Assert.True(date.IsInferred);
        Assert.Contains("inferred", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_that_agrees_raises_the_confidence()
    {
        var plain = Extract(null, ["هانغتشو، 5 سبتمبر 2016 - التقى الرئيسان في الصين"])!;
        var confirmed = Extract(null, ["هانغتشو، الاثنين 5 سبتمبر 2016 - التقى الرئيسان في الصين"])!;

        Assert.Equal(plain.Date, confirmed.Date);
        Assert.True(confirmed.Confidence > plain.Confidence);
    }

    [Fact]
    public void A_caption_date_that_contradicts_the_summit_and_weekday_loses()
    {
        var date = Extract(Summit("unga-2015-new-york"), ["قال الرئيس اليوم الاثنين إن الاجتماع كان مفيدا"],
            captions: ["Obama delivers his address in New York, 29 September 2014."])!;

        Assert.Equal(new DateOnly(2015, 9, 28), date.Date);
        Assert.Equal("summit", date.Source);
    }

    [Fact]
    public void A_caption_date_loses_to_a_text_date_it_contradicts()
    {
        var date = Extract(null, ["نيويورك، 28 أيلول/سبتمبر 2015 - اجتمع الرئيسان اليوم"],
            captions: ["Obama and Putin shake hands, 29 September 2014."])!;

        Assert.Equal(new DateOnly(2015, 9, 28), date.Date);
        Assert.Equal("text", date.Source);
    }

    [Fact]
    public void A_caption_date_contradicted_by_the_weekday_is_not_taken()
    {
        // 5 September 2016 was a Monday.
        var date = Extract(null, ["التقى الرئيسان اليوم الأربعاء"], captions: ["Obama and Putin, 05 September 2016."]);

        Assert.Null(date);
    }

    [Fact]
    public void A_caption_date_alone_is_taken_with_less_confidence_than_a_text_date()
    {
        var caption = Extract(null, ["التقى الرئيسان"], captions: ["Obama and Putin, 05 September 2016."])!;
        var text = Extract(null, ["بكين، 5 سبتمبر 2016 - التقى الرئيسان"])!;

        Assert.Equal("caption", caption.Source);
        Assert.Equal(caption.Date, text.Date);
        Assert.True(caption.Confidence < text.Confidence);
    }

    [Fact]
    public void The_published_line_dates_an_article_that_states_no_other_date()
    {
        var date = Extract(null, ["التقى الرئيسان"], published: ["Published On 28/9/2015"])!;

        Assert.Equal(new DateOnly(2015, 9, 28), date.Date);
        Assert.Equal("published", date.Source);
    }

    [Fact]
    public void No_written_date_and_no_summit_gives_no_date() =>
        Assert.Null(Extract(null, ["التقى الرئيسان اليوم الأربعاء منذ عام 2013"]));

    [Fact]
    public void A_weekday_chooses_between_written_dates()
    {
        // 7 September 2016 was a Wednesday, the 5th a Monday.
        var date = Extract(null, ["وكان الوزيران قد التقيا في 7 سبتمبر 2016", "واجتمع الرئيسان اليوم الاثنين 5 سبتمبر 2016"])!;

        Assert.Equal(new DateOnly(2016, 9, 5), date.Date);
    }

    [Fact]
    public void A_background_date_far_from_the_summit_does_not_date_the_article()
    {
        var date = Extract(Summit("geneva-2021"), ["وكان ترامب وبوتين قد التقيا في هلسنكي في 16 يوليو/تموز 2018"])!;

        Assert.Equal(new DateOnly(2021, 6, 16), date.Date);
        Assert.Equal("summit", date.Source);
    }

    [Fact]
    public void A_day_and_month_without_a_year_takes_the_summit_year()
    {
        var date = Extract(Summit("g20-2016-hangzhou"), ["التقى الرئيسان في 4 سبتمبر/أيلول الجاري"])!;

        Assert.Equal(new DateOnly(2016, 9, 4), date.Date);
        Assert.Equal("text", date.Source);
        Assert.Contains("year from summit", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_and_month_without_a_year_and_without_a_summit_is_no_date() =>
        Assert.Null(Extract(null, ["التقى الرئيسان في 4 سبتمبر/أيلول الجاري"]));

    [Fact]
    public void A_follow_up_dated_weeks_after_the_summit_keeps_its_own_date()
    {
        var date = Extract(Summit("helsinki-2018"), ["قال البيت الأبيض اليوم الاثنين 23 يوليو 2018 إن التحضير للقاء ثان بين ترامب وبوتين بدأ."])!;

        Assert.Equal(new DateOnly(2018, 7, 23), date.Date);
        Assert.Equal("text", date.Source);
    }
}
