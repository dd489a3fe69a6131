using System.Globalization;
using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Tests.Ingestion.Dates;

public sealed class DateClueFinderTests
{
    private static readonly DateExtractor Extractor = new(RepoCatalogs.Catalogs.Calendar);

    private static DateClues Clues(string paragraph) => Extractor.FindClues(RepoCatalogs.Text("عنوان", [paragraph]));

    [Theory]
    [InlineData("التقى الرئيسان في 5 سبتمبر 2016 في الصين", "2016-09-05")]
    [InlineData("التقى الرئيسان في 5 أيلول 2016 في الصين", "2016-09-05")]
    [InlineData("التقى الرئيسان يوم 5 سبتمبر/أيلول 2016", "2016-09-05")]
    [InlineData("انعقدت القمة في 16 حزيران/يونيو 2021 بجنيف", "2021-06-16")]
    [InlineData("وصل الوفد في 28 أيلول (سبتمبر) 2015", "2015-09-28")]
    [InlineData("في 7 من شهر تموز عام 2017 التقيا", "2017-07-07")]
    [InlineData("وصل الوفد في 1 تشرين الثاني 2015", "2015-11-01")]
    [InlineData("نشر بتاريخ 28/9/2015 على الموقع", "2015-09-28")]
    [InlineData("تحديث 2016-09-05 مساء", "2016-09-05")]
    [InlineData("الاجتماع 9/28/2015 في نيويورك", "2015-09-28")]
    [InlineData("في ٥ سبتمبر ٢٠١٦ التقى الرئيسان", "2016-09-05")]
    [InlineData("بتاريخ ۲۸/۹/۲۰۱۵ التقى الرئيسان", "2015-09-28")]
    [InlineData("talks in Erbil on April 6, 2015.", "2015-04-06")]
    [InlineData("التقى الرئيسان في الخامس من سبتمبر 2016 في الصين", "2016-09-05")]
    [InlineData("عقدت القمة في السادس عشر من حزيران/يونيو 2021", "2021-06-16")]
    [InlineData("وصل الوفد في الحادي والثلاثين من تموز 2018", "2018-07-31")]
    [InlineData("وصل الوفد في 15 كانون الثاني 2016", "2016-01-15")]
    public void Finds_dates_in_every_written_format(string text, string expected)
    {
        var date = Assert.Single(Clues(text).Dates);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date.Date);
        Assert.Equal("text", date.Source);
    }

    [Fact]
    public void An_english_caption_date_is_a_caption_candidate()
    {
        var clues = Extractor.FindClues(RepoCatalogs.Text("عنوان",
            captions: ["Putin (L) talks to Obama (R) in Hangzhou, China, 05 September 2016. EPA/POOL"]));

        var date = Assert.Single(clues.Dates);
        Assert.Equal(new DateOnly(2016, 9, 5), date.Date);
        Assert.Equal("caption", date.Source);
    }

    [Theory]
    [InlineData("بدأت العلاقات تتوتر منذ عام 2013 على خلفية القضية")]
    [InlineData("اتفق الوزيران في سبتمبر 2016 على الهدنة")]
    [InlineData("The G20 Summit is held in Hangzhou on 04 to 05 September.")]
    [InlineData("أرسل كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه")]
    [InlineData("في 31/2/2016 لم يحدث شيء")]
    [InlineData("في 5 سبتمبر/يونيو 2016 لا يعرف الشهر")]
    [InlineData("كان الاجتماع الأول من نوعه منذ 2015")]
    [InlineData("في الحادي والثلاثين من شباط 2016 لم يحدث شيء")]
    public void Years_alone_partial_dates_numbers_and_impossible_dates_are_not_dates(string text) =>
        Assert.Empty(Clues(text).Dates);

    [Theory]
    [InlineData("عقد الرئيسان اجتماعا اليوم الأربعاء في جنيف", DayOfWeek.Wednesday, 0)]
    [InlineData("قال الرئيس الروسي اليوم الاثنين إنه لا بديل", DayOfWeek.Monday, 0)]
    [InlineData("أعلنت الخارجية أمس الأحد عدم التوصل إلى اتفاق", DayOfWeek.Sunday, -1)]
    [InlineData("وصل الرئيس إلى جنيف واليوم الأربعاء يلتقي نظيره", DayOfWeek.Wednesday, 0)]
    [InlineData("وأمس الأحد أعلنت الخارجية عدم التوصل إلى اتفاق", DayOfWeek.Sunday, -1)]
    public void Finds_weekdays_relative_to_the_day_of_writing(string text, DayOfWeek day, int offset)
    {
        var weekday = Assert.Single(Clues(text).Weekdays);

        Assert.Equal(day, weekday.Day);
        Assert.Equal(offset, weekday.Offset);
    }

    [Fact]
    public void A_bare_weekday_word_is_not_placed_in_time() =>
        Assert.Empty(Clues("سيجتمع الأحد عشر وزيرا في الجمعة المقبلة").Weekdays);

    [Fact]
    public void Dates_after_a_boilerplate_heading_do_not_count()
    {
        var clues = Extractor.FindClues(RepoCatalogs.Text("عنوان",
            ["التقى الرئيسان في 28 سبتمبر 2015 في نيويورك", "حول هذه القصة", "US President Obama, 29 September 2014.",
             "Published On 28/9/2015"]));

        var date = Assert.Single(clues.Dates);
        Assert.Equal(new DateOnly(2015, 9, 28), date.Date);
    }

    [Fact]
    public void A_day_and_month_without_a_year_is_kept_apart_until_a_summit_gives_the_year()
    {
        var clues = Clues("التقى الرئيسان الأربعاء 16 يونيو/حزيران الجاري في جنيف");

        Assert.Empty(clues.Dates);
        var yearless = Assert.Single(clues.Yearless);
        Assert.Equal((6, 16), (yearless.Month, yearless.Day));
    }

    [Theory]
    [InlineData("the 5 may be late")]
    [InlineData("جاء 3 آب إلى البيت")]
    public void Short_month_names_without_a_year_are_not_dates(string text) => Assert.Empty(Clues(text).Yearless);
}
