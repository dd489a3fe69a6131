using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Tests.Ingestion.Summits;

/// <summary>A summit needs its two presidents shown meeting (or about to), in a year that fits: never a guess.</summary>
public sealed class MeetingEvidenceTests
{
    private static SummitFinding? Classify(string title, params string[] paragraphs) => SummitCases.Classify(title, paragraphs);

    [Fact]
    public void A_place_and_a_day_inside_the_summit_are_not_enough() =>
        Assert.Null(Classify("حديقة صخرية من أبرز معالم الهند",
            "افتتح معرض عن الحديقة في نيويورك يوم 29 سبتمبر ويستمر حتى 5 أكتوبر (تشرين الأول)."));

    [Fact]
    public void A_general_assembly_in_another_year_is_not_the_2015_one() =>
        Assert.Null(Classify("أوباما وبوتين في الجمعية العامة",
            "نيويورك - ألقى الرئيس الأمريكي باراك أوباما كلمته أمام الجمعية العامة للأمم المتحدة في سبتمبر 2016، فيما لم يلتق نظيره الروسي فلاديمير بوتين الذي غاب عن الدورة."));

    [Fact]
    public void An_article_dated_in_another_year_is_not_the_summit_its_forum_names() =>
        Assert.Null(Classify("أوباما يلتقي بوتين على هامش الجمعية العامة",
            "نيويورك، 20 سبتمبر 2016 - التقى الرئيس الأمريكي باراك أوباما نظيره الروسي فلاديمير بوتين على هامش اجتماعات الجمعية العامة للأمم المتحدة."));

    [Fact]
    public void A_2012_geneva_conference_on_syria_is_not_the_2021_summit() =>
        Assert.Null(Classify("مؤتمر جنيف حول سوريا",
            "اتفقت الدول الكبرى في مؤتمر جنيف 2012 على خطة انتقالية، وقال بوتين إن أوباما وافق عليها خلال لقائهما.",
            "وأكد بايدن أن واشنطن تدعم المسار."));

    [Theory]
    [InlineData("بايدن وبوتين في قمة افتراضية", "عقد الرئيس الأمريكي جو بايدن ونظيره الروسي فلاديمير بوتين قمة عبر الفيديو استمرت ساعتين، وناقش الرئيسان أوكرانيا. وكان الرئيسان قد التقيا في جنيف.")]
    [InlineData("اتصال هاتفي بين ترامب وبوتين", "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين، وبحثا التحضير لقمة في هلسنكي.")]
    public void A_call_or_a_video_link_is_not_a_meeting(string title, string paragraph) =>
        Assert.Null(Classify(title, paragraph));

    [Fact]
    public void A_call_that_looks_back_at_the_meeting_names_its_place_and_year()
    {
        var summit = Classify("بايدن وبوتين في قمة افتراضية",
            "عقد الرئيس الأمريكي جو بايدن ونظيره الروسي فلاديمير بوتين قمة عبر الفيديو استمرت ساعتين.",
            "وكان الرئيسان قد التقيا في جنيف في يونيو 2021.");

        Assert.Equal("geneva-2021", summit?.SummitId);
    }

    [Fact]
    public void A_host_country_stands_for_the_place_when_the_forum_makes_it_unambiguous()
    {
        var summit = Classify("ترامب وبوتين يلتقيان",
            "التقى الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين على هامش قمة مجموعة العشرين التي تستضيفها اليابان.");

        Assert.Equal("g20-2019-osaka", summit?.SummitId);
    }

    [Fact]
    public void A_host_country_without_its_forum_is_not_enough_when_it_hosted_several_summits() =>
        Assert.Null(Classify("أوباما وبوتين يلتقيان في بريطانيا",
            "التقى الرئيس الأمريكي باراك أوباما ونظيره الروسي فلاديمير بوتين في بريطانيا."));

    [Fact]
    public void A_look_back_at_a_meeting_is_that_summit_and_keeps_its_own_date()
    {
        var text = RepoCatalogs.Text("بوش يكتب عن بوتين",
            ["واشنطن، 12 مارس 2018 - كتب الرئيس الأمريكي الأسبق جورج بوش في مذكراته أنه نظر في عيني بوتين خلال لقائه مع بوتين في سلوفينيا في يونيو/حزيران 2001."]);
        var summit = SummitCases.Classify(text)!;

        Assert.Equal("ljubljana-2001", summit.SummitId);
        Assert.True(summit.LooksBack);
        Assert.Equal(new DateOnly(2018, 3, 12), RepoCatalogs.Parser.Parse("x.txt", "h",
            NewsCorpus.Core.Text.DecodedText.Ok(string.Join("\n\n", text.Units.Select(u => u.Original)), "utf-8")).Date);
    }

    [Fact]
    public void A_phrase_naming_both_sides_stands_for_the_presidents()
    {
        var summit = Classify("القمة الروسية الأمريكية في هلسنكي", "بدأت في هلسنكي القمة الروسية الأمريكية الأولى بين الرئيسين.");

        Assert.Equal("helsinki-2018", summit?.SummitId);
    }

    [Fact]
    public void A_side_named_by_title_counts_when_no_other_president_of_that_side_is_named()
    {
        var summit = Classify("قمة هلسنكي", "التقى الرئيس الأمريكي نظيره الروسي فلاديمير بوتين في العاصمة الفنلندية هلسنكي.");

        Assert.Equal("helsinki-2018", summit?.SummitId);
    }

    [Fact]
    public void A_title_does_not_stand_for_a_participant_when_another_president_of_that_side_is_named() =>
        Assert.Null(Classify("بايدن في هلسنكي",
            "قال الرئيس الأمريكي جو بايدن في هلسنكي إن لقاء بوتين ليس على جدول أعماله خلال القمة."));

    [Fact]
    public void A_world_cup_piece_in_moscow_is_not_a_summit() =>
        Assert.Null(Classify("ربع النهائي في أربع مدن",
            "تقام مباريات ربع النهائي في موسكو يوم 10 تموز (يوليو) ويحضرها الرئيس فلاديمير بوتين."));
}
