using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Tests.Ingestion.Summits;

public sealed class SummitClassifierTests
{
    private static SummitFinding? Classify(string title, string[] paragraphs, string[]? captions = null) =>
        SummitCases.Classify(title, paragraphs, captions);

    [Fact]
    public void Putin_and_syria_alone_stay_unclassified() =>
        Assert.Null(Classify("بوتين يتحدث عن سوريا", ["قال الرئيس الروسي فلاديمير بوتين إن الحل في سوريا سياسي"]));

    [Fact]
    public void A_g20_meeting_without_place_or_date_is_not_guessed() =>
        Assert.Null(Classify("أوباما وبوتين يلتقيان", ["التقى أوباما وبوتين على هامش قمة مجموعة العشرين"]));

    [Fact]
    public void A_g20_in_antalya_is_antalya_not_hangzhou()
    {
        var summit = Classify("أوباما وبوتين في أنطاليا",
            ["التقى الرئيسان باراك أوباما وفلاديمير بوتين على هامش قمة مجموعة العشرين في أنطاليا التركية عام 2015"]);

        Assert.Equal("g20-2015-antalya", summit?.SummitId);
    }

    [Fact]
    public void A_g20_is_told_apart_by_its_date_when_no_place_is_named()
    {
        var summit = Classify("لقاء على هامش قمة العشرين",
            ["التقى أوباما وبوتين على هامش قمة مجموعة العشرين في 5 سبتمبر/أيلول 2016"]);

        Assert.Equal("g20-2016-hangzhou", summit?.SummitId);
    }

    [Fact]
    public void A_geneva_conference_in_a_g8_article_does_not_make_it_the_geneva_summit()
    {
        var summit = Classify("بوتين وأوباما يختلفان بشأن سوريا",
            ["التقى بوتين وأوباما على هامش قمة مجموعة الثماني في إيرلندا الشمالية",
             "وقال بوتين إنهما اتفقا على دفع الأطراف إلى المؤتمر الدولي في جنيف"]);

        Assert.Equal("g8-2013-lough-erne", summit?.SummitId);
    }

    [Fact]
    public void A_geneva_conference_alone_is_not_the_geneva_summit() =>
        Assert.Null(Classify("بوتين وأوباما والأزمة السورية",
            ["اتفق بوتين وأوباما على دفع الأطراف إلى الجلوس حول طاولة المفاوضات خلال المؤتمر الدولي في جنيف"]));

    [Fact]
    public void The_leaders_meeting_in_geneva_is_the_geneva_summit()
    {
        var summit = Classify("قمة بايدن وبوتين",
            ["عقد الرئيسان جو بايدن وفلاديمير بوتين اجتماعا اليوم الأربعاء في العاصمة السويسرية جنيف"])!;

        Assert.Equal("geneva-2021", summit.SummitId);
        Assert.Contains("biden", summit.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_with_an_attached_preposition_counts()
    {
        var summit = Classify("ترامب وبوتين بهلسنكي", ["التقى ترامب وبوتين بهلسنكي في قمة ثنائية"]);

        Assert.Equal("helsinki-2018", summit?.SummitId);
    }

    [Fact]
    public void A_leader_out_of_place_lowers_a_summit()
    {
        string[] paragraphs = ["التقى الرئيسان على هامش قمة مجموعة الثماني في إيرلندا الشمالية"];
        var fitting = Classify("أوباما وبوتين", paragraphs)!;
        var conflicting = Classify("أوباما وبوتين وبايدن", paragraphs)!;

        Assert.Equal(fitting.SummitId, conflicting.SummitId);
        Assert.True(conflicting.Confidence < fitting.Confidence);
        Assert.Contains("not a participant: biden", conflicting.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_caption_names_the_place_and_date()
    {
        var summit = Classify("أوباما وبوتين يبحثان أزمة سوريا", ["اجتمع الرئيسان على هامش القمة"],
            ["Putin (L) talks to Obama (R) during a meeting at the G20 Summit in Hangzhou, China, 05 September 2016."]);

        Assert.Equal("g20-2016-hangzhou", summit?.SummitId);
    }

    // Issue 8 made the presidents required: this page once named neither ("الرئيسان يبحثان سوريا") and was tagged.
    [Fact]
    public void A_dateline_place_with_the_forum_is_enough_once_the_presidents_are_named()
    {
        var text = RepoCatalogs.Text("ترامب وبوتين يلتقيان ويبحثان سوريا", ["اختتمت قمة مجموعة العشرين أعمالها"], dateline: "هامبورغ-ألمانيا-سانا");

        Assert.Equal("g20-2017-hamburg", SummitCases.Classify(text)?.SummitId);
    }

    [Fact]
    public void A_forum_and_its_place_without_the_presidents_named_are_not_a_summit()
    {
        var text = RepoCatalogs.Text("الرئيسان يبحثان سوريا", ["اختتمت قمة مجموعة العشرين أعمالها"], dateline: "هامبورغ-ألمانيا-سانا");

        Assert.Null(SummitCases.Classify(text));
    }

    [Fact]
    public void A_day_and_month_without_a_year_supports_the_summit_held_on_it()
    {
        var summit = Classify("بايدن وبوتين", ["التقى الرئيسان جو بايدن وفلاديمير بوتين الأربعاء 16 يونيو/حزيران الجاري"]);

        Assert.Equal("geneva-2021", summit?.SummitId);
    }

    [Fact]
    public void Biden_and_putin_alone_are_not_enough() =>
        Assert.Null(Classify("بايدن وبوتين", ["تحدث الرئيسان جو بايدن وفلاديمير بوتين عن العلاقات"]));

    // Other meetings in a summit's city, or a summit's leader in other news, are not that summit.
    [Theory]
    [InlineData("بوتين وأردوغان في سوتشي", "سوتشي - أ ف ب استقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي يوم 17 سبتمبر 2018 لبحث الوضع في إدلب.")]
    [InlineData("كيري ولافروف في جنيف", "بحث وزيرا الخارجية الأمريكي جون كيري والروسي سيرغي لافروف في جنيف اليوم السبت الأزمة السورية، وقال كيري إن الرئيس أوباما يدعم الحل السياسي.")]
    [InlineData("بايدن في هلسنكي", "وصل الرئيس الأمريكي جو بايدن إلى هلسنكي اليوم الخميس 13 يوليو 2023 لحضور قمة مع قادة دول الشمال.")]
    [InlineData("عقوبات أمريكية على روسيا", "واشنطن - رويترز فرض الرئيس الأمريكي باراك أوباما عقوبات جديدة على روسيا في 29 ديسمبر 2016 وطرد 35 دبلوماسيا روسيا.")]
    [InlineData("بوتين يستقبل وفدا", "استقبل الرئيس الروسي فلاديمير بوتين وفدا برلمانيا يوم 2016-09-05 وبحث معه التعاون الاقتصادي.")]
    [InlineData("بوتين يستقبل أردوغان", "استقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي وبحثا الوضع في سوريا.")]
    public void Another_meeting_in_a_summit_city_or_a_summit_leader_in_other_news_is_not_the_summit(string title, string paragraph) =>
        Assert.Null(Classify(title, [paragraph]));

    [Fact]
    public void A_report_written_weeks_after_the_summit_still_belongs_to_it()
    {
        var summit = Classify("ماذا بعد قمة هلسنكي",
            ["بعد أسبوع على قمة هلسنكي بين الرئيسين دونالد ترامب وفلاديمير بوتين، قال البيت الأبيض اليوم الاثنين 23 يوليو 2018 إن التحضير للقاء ثان بدأ."]);

        Assert.Equal("helsinki-2018", summit?.SummitId);
    }
}
