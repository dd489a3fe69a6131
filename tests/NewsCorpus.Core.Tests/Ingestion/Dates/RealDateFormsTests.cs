using System.Globalization;
using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Tests.Ingestion.Dates;

/// <summary>Dates as real pages write them: Hijri, after a relative day, beside a weekday, or for another event.</summary>
public sealed class RealDateFormsTests
{
    private static readonly DateExtractor Extractor = new(RepoCatalogs.Catalogs.Calendar);

    private static DateClues Clues(string paragraph) => Extractor.FindClues(RepoCatalogs.Text("عنوان", [paragraph]));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("صدر القرار في 5 ربيع الآخر 1429 هـ بعد مداولات", "2008-04-11")]
    [InlineData("صدر القرار في 5 ربيع الثاني 1429هـ بعد مداولات", "2008-04-11")]
    [InlineData("في اليوم الثاني والعشرين من رمضان 1436هـ خرج المصلون", "2015-07-09")]
    [InlineData("يحتفل المسلمون في 1 شوال 1436 بعيد الفطر", "2015-07-17")]
    [InlineData("الموعد 10 ذو الحجة 1436 هجرية", "2015-09-23")]
    public void Hijri_dates_are_converted_with_the_umm_al_qura_calendar(string text, string expected) =>
        Assert.Equal(Day(expected), Assert.Single(Clues(text).Dates).Date);

    [Fact]
    public void A_hijri_date_with_its_gregorian_beside_it_makes_one_candidate() =>
        Assert.Equal(Day("2008-04-11"), Assert.Single(Clues("الجمعة 5 ربيع الآخر 1429هـ الموافق 11 أبريل 2008م").Dates).Date);

    [Fact]
    public void A_hijri_month_name_without_a_hijri_year_is_not_a_date() =>
        Assert.Empty(Clues("التقى الرئيس رجب طيب أردوغان بنظيره في 5 رجب الماضي عام 2015").Dates);

    [Theory]
    [InlineData("التقى الرئيسان أمس الإثنين 16 يوليو 2018 في هلسنكي", "2018-07-17")]
    [InlineData("يلتقي الرئيسان غدا الجمعة 7 يوليو 2017 في هامبورغ", "2017-07-06")]
    [InlineData("التقى الرئيسان اليوم الأربعاء 16 يونيو 2021 في جنيف", "2021-06-16")]
    [InlineData("وصل الوفد أمس الأول السبت 3 سبتمبر 2016 إلى الصين", "2016-09-05")]
    public void A_date_after_a_relative_day_dates_the_article_from_that_day(string text, string expected) =>
        Assert.Equal(Day(expected), Assert.Single(Clues(text).Dates).Date);

    [Fact]
    public void A_day_and_month_after_yesterday_take_the_summit_year_and_the_next_day()
    {
        var date = DateExtractor.Extract(Clues("التقى الرئيسان أمس الإثنين 16 يوليو في هلسنكي"), RepoCatalogs.Catalogs.Summits.Find("helsinki-2018"))!;

        Assert.Equal(Day("2018-07-17"), date.Date);
    }

    [Theory]
    [InlineData("التقى الرئيسان الأسبوع الماضي في جنيف")]
    [InlineData("التقى الرئيسان الاثنين الماضي في جنيف")]
    public void Last_week_and_last_monday_are_not_days(string text)
    {
        var clues = Clues(text);

        Assert.Empty(clues.Weekdays);
        Assert.Empty(clues.Dates);
    }

    [Fact]
    public void A_weekday_beside_a_date_is_checked_against_it()
    {
        var dates = Clues("قال المتحدث الاثنين 5 سبتمبر 2016 إن الاجتماع بدأ، ثم عاد الخميس 5 سبتمبر 2016 ليؤكد").Dates;

        Assert.Equal([true, false], dates.Select(d => d.WeekdayFits == true).ToArray());
    }

    [Fact]
    public void A_date_whose_weekday_contradicts_it_loses_to_one_without()
    {
        var clues = Extractor.FindClues(RepoCatalogs.Text("عنوان", ["قال المتحدث يوم الخميس 5 سبتمبر 2016 إن الاجتماع كان مفيدا"],
            ["Putin and Obama meet in Hangzhou, China, 04 September 2016."]));

        Assert.Equal(Day("2016-09-04"), DateExtractor.Extract(clues, null)!.Date);
    }

    [Theory]
    [InlineData("وتنتهي معاهدة ستارت الجديدة في 5 فبراير 2021 ما لم تمدد")]
    [InlineData("ومنذ تنصيب ترامب في 20 يناير 2017 تدهورت العلاقات")]
    [InlineData("ونقلت صحيفة كوميرسانت في عددها الصادر 3 يوليو 2018 عن مصادر")]
    public void A_date_written_for_another_event_does_not_date_the_article(string text) =>
        Assert.Empty(Clues(text).Dates);

    [Theory]
    [InlineData("وكان العراق قد اجتاح الكويت في الثاني من أغسطس عام 1990 قبل أن تتحرر")]
    [InlineData("وتجرى الانتخابات في 26 فبراير 2016 بحسب اللجنة")]
    [InlineData("أعلن المجلس قراره، وكان قد صدر يوم 14 فبراير 2015 بعد مداولات طويلة")]
    public void A_date_in_running_text_with_nothing_tying_it_to_the_day_of_writing_does_not_date_the_article(string text) =>
        Assert.Null(DateExtractor.Extract(Clues(text), summit: null));

    [Theory]
    [InlineData("واشنطن، 12 مارس 2018 - يستعيد الرئيس الأسبق ذكرياته", "2018-03-12")]
    [InlineData("أعلن المجلس اليوم الأحد 2 أغسطس 2015 قراره بعد مداولات", "2015-08-02")]
    [InlineData("الرياض، الأحد 2 أغسطس 2015 - أعلن المجلس قراره", "2015-08-02")]
    public void A_date_opening_the_text_or_after_a_relative_day_dates_the_article(string text, string expected) =>
        Assert.Equal(Day(expected), DateExtractor.Extract(Clues(text), summit: null)!.Date);
}
