namespace NewsCorpus.Web.Tests.Pages.Articles;

public sealed class ArticlePageTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    [Fact]
    public async Task Article_shows_title_date_and_how_the_date_was_found()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-meeting");

        Assert.Equal(WorldArticles.HangzhouMeeting.Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("auto", page.QuerySelector("h1")!.GetAttribute("dir"));
        Assert.Equal("2016-09-05", page.QuerySelector(".byline time")!.GetAttribute("datetime"));
        Assert.Equal("من تعليق الصورة", page.QuerySelector(".facts .how")!.TextContent);
    }

    [Fact]
    public async Task The_byline_is_shown_under_the_title_and_among_the_facts()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-press");

        Assert.Equal("بقلم: سامر الأحمد", page.QuerySelector("header .author")!.TextContent);
        var facts = page.QuerySelectorAll(".facts dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent.Trim())).ToList();
        Assert.Contains(("الكاتب", "بقلم: سامر الأحمد"), facts);
    }

    [Fact]
    public async Task The_classifiers_evidence_is_tucked_away_as_technical_notes()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-meeting");

        var notes = page.QuerySelectorAll(".facts details.evidence").ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal("كيف استُخلص", n.QuerySelector("summary")!.TextContent));
        Assert.Equal("caption \"2016-09-05\"", notes[0].QuerySelector("p[lang=en][dir=ltr]")!.TextContent);
        Assert.Equal("name \"g20-2016-hangzhou\"", notes[1].QuerySelector("p[lang=en][dir=ltr]")!.TextContent);
    }

    [Fact]
    public async Task Article_links_its_summit_sources_and_entities()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-meeting");

        var hrefs = page.QuerySelectorAll(".facts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/summits/g20-2016-hangzhou", hrefs);
        Assert.Contains("/search?source=aljazeera", hrefs);
        Assert.Contains("/search?person=obama", hrefs);
        Assert.Contains("/search?person=putin", hrefs);
        Assert.Contains(hrefs, h => h!.StartsWith("/search?q=", StringComparison.Ordinal) && Uri.UnescapeDataString(h).Contains("سوريا", StringComparison.Ordinal));
        Assert.Equal("خوانجو", page.QuerySelector(".byline .dateline")!.TextContent);
    }

    [Fact]
    public async Task Captions_are_shown_apart_from_the_body()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-meeting");

        var captions = page.QuerySelectorAll(".captions .caption").Select(c => c.TextContent).ToList();
        Assert.Equal(WorldArticles.HangzhouMeeting.Captions, captions);
        Assert.All(page.QuerySelectorAll(".captions .caption"), c => Assert.Equal("auto", c.GetAttribute("dir")));
        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.DoesNotContain("Hangzhou", body, StringComparison.Ordinal);
        Assert.Equal(WorldArticles.HangzhouMeeting.Paragraphs.Count, page.QuerySelectorAll(".article-body p").Length);
    }

    [Fact]
    public async Task Arriving_from_a_search_marks_the_query_words_in_every_spelling()
    {
        var client = await factory.CreateWorldClientAsync();

        // Searched without the hamza; the article writes أوباما.
        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-meeting?q=" + Uri.EscapeDataString("اوباما"));

        Assert.Equal(["أوباما"], page.QuerySelectorAll(".article-body mark").Select(m => m.TextContent));
        var captionMarks = page.QuerySelectorAll(".captions mark").Select(m => m.TextContent).ToList();
        Assert.Contains("أوباما", captionMarks);
        Assert.All(captionMarks, m => Assert.True(m is "أوباما" or "Obama", m)); // Latin too, once the analyzer folds scripts
        Assert.Contains("/search?q=", page.QuerySelector(".breadcrumbs a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_search_nothing_is_marked()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-press");

        Assert.Empty(page.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task More_like_this_lists_related_articles_but_not_the_article_itself()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/hangzhou-meeting");

        var related = page.QuerySelectorAll(".related .article-line-title").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(related);
        Assert.DoesNotContain("/articles/hangzhou-meeting", related);
    }

    [Fact]
    public async Task The_original_text_is_kept_as_imported()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/new-york");

        Assert.Equal(WorldArticles.NewYork.OriginalText, page.QuerySelector("details.original pre")!.TextContent);
    }

    [Fact]
    public async Task Undated_article_says_the_date_is_unknown()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/undated");

        Assert.Equal(200, page.Status());
        Assert.Null(page.QuerySelector(".byline time"));
        Assert.Equal("غير معروف", page.QuerySelector(".facts dd .muted")!.TextContent);
    }

    [Fact]
    public async Task Unknown_article_is_a_friendly_404()
    {
        var client = await factory.CreateWorldClientAsync();

        var page = await HtmlPage.GetAsync(client, "/articles/no-such-article");

        Assert.Equal(404, page.Status());
        Assert.Equal("الصفحة غير موجودة", page.QuerySelector("h1")!.TextContent);
    }
}
