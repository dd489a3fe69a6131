namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

/// <summary>The five scraped samples in data/articles, read the way an editor reads them.</summary>
public sealed class ArticleStructureGoldenTests
{
    [Fact]
    public void Sample_000_without_blank_lines_keeps_its_first_line_as_title_and_the_fuller_lead_once_in_the_body()
    {
        var article = RepoCatalogs.ParseSample("000");

        Assert.StartsWith("اعلن الرئيس الروسي فلاديمير بوتين بعد عقده اجتماعا", article.Title, StringComparison.Ordinal);
        // The 200-character title line is cut at its clause break: no title runs past 150 characters.
        Assert.EndsWith("في ايرلندا الشمالية", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 150);
        Assert.Null(article.Dateline);
        Assert.Null(article.Source);
        Assert.Empty(article.SourceIds);
        Assert.Empty(article.Captions);
        Assert.Equal(10, article.Paragraphs.Count);
        // The second line repeats the truncated title and goes on: it is the lead, kept once.
        Assert.EndsWith("وهو وقف العنف في هذا البلد.", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, article.Paragraphs);
        Assert.Single(article.Paragraphs, p => p.StartsWith("اعلن الرئيس الروسي", StringComparison.Ordinal));
        Assert.StartsWith("وياتي هذا الاجتماع", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_001_takes_the_social_dateline_and_the_source_line_and_drops_the_repeated_title()
    {
        var article = RepoCatalogs.ParseSample("001");

        Assert.Equal("أولى التصريحات عن سوريا بعد القمة.. بوتين أعرب عن استعداده المساعدة في هذا الأمر", article.Title);
        Assert.Equal("سوشال-متابعة", article.Dateline);
        Assert.Equal("نداء سوريا", article.Source);
        Assert.Equal(["nedaa-syria"], article.SourceIds);
        Assert.Empty(article.Captions);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("أولى التصريحات", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("المصدر", StringComparison.Ordinal) || p == "سوشال-متابعة");
        Assert.StartsWith("نقلت قناة العربية", article.Paragraphs[0], StringComparison.Ordinal);
        // A heading inside the body is part of the body.
        Assert.Contains("المقرر النهائي.. هذا ما تم الاتفاق عليه", article.Paragraphs);
        Assert.StartsWith("وتعمقت الأزمـ.ـة", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(14, article.Paragraphs.Count);
    }

    [Fact]
    public void Sample_002_takes_sana_from_the_dateline_and_drops_follow_us_links_phone_and_see_also()
    {
        var article = RepoCatalogs.ParseSample("002");

        Assert.StartsWith("بوتين : الاتفاق المحتمل مع الأمريكيين", article.Title, StringComparison.Ordinal);
        Assert.Equal("هانغتشو-الصين-سانا", article.Dateline);
        Assert.Equal("سانا", article.Source);
        Assert.Equal(["sana"], article.SourceIds);
        Assert.Empty(article.Captions);
        Assert.Equal(10, article.Paragraphs.Count);
        Assert.StartsWith("أكد الرئيس الروسي فلاديمير بوتين أن الاتفاق المحتمل", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("وقال بوتين “على واشنطن", article.Paragraphs[^1], StringComparison.Ordinal);
        string[] leftovers = ["تيلغرام", "telegram", "واتس", "VK", "vk.com", "0940777186", "http", "انظر ايضاً", "سنرد بشكل حاسم", "موسكو-سانا"];
        foreach (var leftover in leftovers)
            Assert.DoesNotContain(article.Paragraphs, p => p.Contains(leftover, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Sample_003_has_an_english_and_an_arabic_caption_and_a_combined_source()
    {
        var article = RepoCatalogs.ParseSample("003");

        Assert.Equal("أوباما وبوتين يبحثان أزمتي سوريا وأوكرانيا", article.Title);
        Assert.Null(article.Dateline);
        Assert.Equal("الجزيرة + وكالات", article.Source);
        Assert.Equal(["aljazeera", "agencies"], article.SourceIds);
        Assert.Equal(2, article.Captions.Count);
        Assert.Contains("MANDATORY CREDIT", article.Captions[0], StringComparison.Ordinal);
        Assert.EndsWith("(رويترز)", article.Captions[1], StringComparison.Ordinal);
        Assert.Equal(8, article.Paragraphs.Count);
        Assert.StartsWith("اجتمع الرئيسان الأميركي", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("EPA", StringComparison.Ordinal) || p.Contains("(رويترز)", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_004_drops_everything_under_about_this_story()
    {
        var article = RepoCatalogs.ParseSample("004");

        Assert.Equal("أوباما وبوتين يتفقان على التنسيق عسكريا بسوريا", article.Title);
        Assert.Null(article.Dateline);
        Assert.Equal("الجزيرة + وكالات", article.Source);
        Assert.Equal(["aljazeera", "agencies"], article.SourceIds);
        Assert.Equal(2, article.Captions.Count);
        Assert.Contains("(L)", article.Captions[0], StringComparison.Ordinal);
        Assert.EndsWith("(الأوروبية)", article.Captions[1], StringComparison.Ordinal);
        Assert.Contains("اجتماع مفيد", article.Paragraphs);
        Assert.Equal(11, article.Paragraphs.Count);
        Assert.StartsWith("وأضاف المراسل أن أوباما", article.Paragraphs[^1], StringComparison.Ordinal);
        // Teasers of other stories: neither their summaries, their captions nor their dates belong here.
        string[] teasers = ["حول هذه القصة", "مستعد للتعاون مع روسيا وإيران", "أبدى الرئيس الأميركي", "لا بديل عن دعم جيش", "تحالف عسكري جديد", "المزيد من", "الأكثر قراءة"];
        foreach (var teaser in teasers)
            Assert.DoesNotContain(article.Paragraphs, p => p.Contains(teaser, StringComparison.Ordinal));
        Assert.Empty(article.PublishedLines);
        Assert.DoesNotContain(article.Captions, c => c.Contains("ERBIL", StringComparison.Ordinal) || c.Contains("General Debate", StringComparison.Ordinal));
    }
}
