using System.Globalization;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Web.Tests;

/// <summary>
/// Hand-written articles with everything ingestion extracts filled in: two on the Hangzhou G20 (on two days),
/// one at the UN in New York, one in Geneva, and one with neither date nor summit.
/// </summary>
public static class WorldArticles
{
    public static readonly Article HangzhouMeeting = Make("hangzhou-meeting", "أوباما وبوتين يبحثان أزمتي سوريا وأوكرانيا في خوانجو",
        "2016-09-05", "caption", "g20-2016-hangzhou", "الجزيرة + وكالات", ["aljazeera", "reuters"], "خوانجو",
        ["اجتمع الرئيسان الأميركي باراك أوباما والروسي فلاديمير بوتين على هامش قمة مجموعة العشرين في مدينة خوانجو شرقي الصين، حيث بحثا الأزمة في سوريا وأوكرانيا.",
         "وقال مسؤول أميركي إن الاجتماع اتسم بالجدية، وإن الرئيسين ناقشا وقف إطلاق النار في سوريا."],
        ["Russian President Vladimir Putin talks to US President Barack Obama in Hangzhou, China, 05 September 2016.",
         "أوباما وبوتين اجتمعا بعد فشل اجتماع وزيري خارجيتيهما بشأن سوريا (رويترز)"],
        ["obama", "putin", "syria", "ukraine"]);

    public static readonly Article HangzhouPress = Make("hangzhou-press", "بوتين: الاتفاق مع الأمريكيين حول سورية سيزيد فعالية محاربة الإرهاب",
        "2016-09-04", "text", "g20-2016-hangzhou", "سانا", ["sana"], "هانغتشو-الصين",
        ["أكد الرئيس الروسي فلاديمير بوتين أن الاتفاق المحتمل مع الأمريكيين حول سورية سيزيد من فعالية محاربة الإرهاب.",
         "وقال بوتين خلال مؤتمر صحفي في ختام قمة مجموعة العشرين إن وزيري الخارجية لافروف وكيري سيواصلان بحث الأزمة في سورية."],
        [], ["putin", "lavrov", "kerry", "syria"]) with { Byline = "بقلم: سامر الأحمد" };

    public static readonly Article NewYork = Make("new-york", "أوباما وبوتين يتفقان على التنسيق عسكريا بسوريا",
        "2015-09-28", "caption", "unga-2015-new-york", null, [], null,
        ["عقد الرئيسان الأميركي باراك أوباما والروسي فلاديمير بوتين لقاء على هامش اجتماعات الجمعية العامة للأمم المتحدة، تركز على الأزمتين السورية والأوكرانية."],
        ["الاجتماع الأول من نوعه بين أوباما وبوتين خلال عامين (الأوروبية)"], ["obama", "putin"]);

    public static readonly Article Geneva = Make("geneva", "أولى التصريحات عن سوريا بعد قمة جنيف",
        "2021-06-16", "text", "geneva-2021", null, [], "جنيف",
        ["عقد الرئيسان الأمريكي جو بايدن والروسي فلاديمير بوتين اجتماعاً اليوم الأربعاء في العاصمة السويسرية جنيف، دام قرابة ثلاث ساعات ونصف."],
        [], ["biden", "putin", "geneva"]);

    public static readonly Article Undated = Make("undated", "تحليل: ماذا بقي من لقاءات القمة بين موسكو وواشنطن",
        null, null, null, null, [], null,
        ["تتكرر لقاءات الرئيسين الأمريكي والروسي على هامش القمم الدولية دون أن تغير كثيراً في الملف السوري."],
        [], []);

    public static IReadOnlyList<Article> All => [HangzhouMeeting, HangzhouPress, NewYork, Geneva, Undated];

    /// <summary>An article that mentions <paramref name="word"/>, dated so that <paramref name="n"/> orders it.</summary>
    public static Article Numbered(int n, string word) => Make($"numbered-{n:000}", $"تقرير رقم {n} عن {word}",
        new DateOnly(2017, 7, 1).AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "text", "g20-2017-hamburg", null, [], null,
        [$"يتناول هذا التقرير {word} في قمة هامبورغ."], [], []);

    private static Article Make(string id, string title, string? date, string? dateSource, string? summit, string? source,
        string[] sourceIds, string? dateline, string[] paragraphs, string[] captions, string[] entities)
    {
        var original = string.Join("\n\n", new[] { title, dateline ?? "" }.Concat(captions).Concat(paragraphs));
        return new Article
        {
            Id = id, FileName = id + ".txt", ContentHash = id, Encoding = "utf-8", Title = title,
            Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateSource = dateSource, DateConfidence = date is null ? 0 : 0.9,
            DateEvidence = date is null ? null : $"{dateSource} \"{date}\"",
            SummitId = summit, SummitConfidence = summit is null ? 0 : 0.9,
            SummitEvidence = summit is null ? null : $"name \"{summit}\"",
            Source = source, SourceIds = sourceIds, Dateline = dateline,
            Paragraphs = paragraphs, Captions = captions, Entities = entities, OriginalText = original,
        };
    }
}
