using NewsCorpus.Core.Ingestion.Html;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion.Html;

/// <summary>HTML pages were imported as text, tags and all (issue 11); they are now read as the text they show.</summary>
public sealed class HtmlArticleTextTests
{
    private static readonly HtmlArticleText Html = new(RepoCatalogs.Catalogs.Sources);

    private static string[] Lines(string html) => Html.Convert(html).Split('\n');

    [Fact]
    public void Paragraphs_become_lines_and_everything_around_them_goes()
    {
        var lines = Lines("""
            <html><head><title>عنوان الصفحة</title><style>p{color:red}</style><script>var x = "<p>لا</p>";</script></head>
            <body><header><nav><a href="/">الرئيسية</a></nav></header>
            <p>الفقرة الأولى <b>بخط عريض</b> ثم <a href="/x">رابط</a>.</p><!-- تعليق مخفي -->
            <form><input value="ابحث"><button>أرسل</button></form><aside>مقالات ذات صلة</aside>
            <p>الفقرة
               الثانية</p><noscript>فعّل جافاسكربت</noscript><footer>حقوق النشر</footer></body></html>
            """);

        Assert.Equal(["عنوان الصفحة", "الفقرة الأولى بخط عريض ثم رابط.", "الفقرة الثانية"], lines);
    }

    [Fact]
    public void The_articles_h1_is_the_headline_and_is_not_repeated_in_the_body()
    {
        var lines = Lines("""
            <title>عنوان آخر | الجزيرة نت</title>
            <body><article><header><h1>القمة في جنيف</h1><time>16 يونيو 2021</time></header><p>النص.</p></article></body>
            """);

        Assert.Equal(["القمة في جنيف", "16 يونيو 2021", "النص."], lines);
    }

    [Theory]
    [InlineData("بوتين وبايدن في جنيف | الجزيرة نت", "بوتين وبايدن في جنيف")]
    [InlineData("RT Arabic - بوتين وبايدن في جنيف", "بوتين وبايدن في جنيف")]
    [InlineData("بوتين وبايدن في جنيف - aljazeera.net", "بوتين وبايدن في جنيف")]
    [InlineData("بوتين وبايدن في جنيف — صحيفة المدينة", "بوتين وبايدن في جنيف")]
    [InlineData("بوتين - بايدن: قمة جنيف", "بوتين - بايدن: قمة جنيف")]
    [InlineData("الجزيرة نت", "الجزيرة نت")]
    public void A_title_loses_the_sites_name_but_keeps_its_own_dashes(string title, string headline)
    {
        var html = $"<head><title>{title}</title><meta property=\"og:site_name\" content=\"صحيفة المدينة\"></head><body><p>نص المقال</p></body>";

        Assert.Equal(headline, Lines(html)[0]);
    }

    [Fact]
    public void A_logo_in_an_h1_is_not_the_headline()
    {
        var lines = Lines("<title>القمة في جنيف - الجزيرة</title><body><div><h1>الجزيرة</h1><p>النص.</p></div></body>");

        Assert.Equal("القمة في جنيف", lines[0]);
    }

    [Fact]
    public void Without_an_h1_the_shared_title_comes_before_the_pages_title()
    {
        var lines = Lines("""
            <head><title>الرئيسية | موقع</title><meta property="og:title" content="  بوتين وبايدن
              في جنيف | الجزيرة نت"></head><body><p>نص المقال</p></body>
            """);

        Assert.Equal(["بوتين وبايدن في جنيف", "نص المقال"], lines);
    }

    [Fact]
    public void A_pages_character_references_are_decoded_once()
    {
        var article = RepoCatalogs.Parser.Parse("page.htm", "hash", DecodedText.Ok("""
            <html><body><h1>درس في الويب</h1><p>اكتب &amp;lt;b&amp;gt; للخط العريض و&amp;amp; للعطف</p></body></html>
            """, "utf-8"));

        Assert.Contains("اكتب &lt;b&gt; للخط العريض و&amp; للعطف", article.Paragraphs);
    }

    [Fact]
    public void No_markup_reaches_the_title_or_the_body()
    {
        var article = RepoCatalogs.Parser.Parse("page.htm", "hash", DecodedText.Ok("""
            <html><head><title><b>عنوان</b> &lt;i&gt;</title></head><body><div><h1>القمة <em>في</em> جنيف</h1>
            <p>فقرة <span class="x">أولى</span><br>ثم <img src="a.png" alt="صورة">سطر</p><table><tr><td>خلية</td></tr></table></div></body></html>
            """, "utf-8"));

        Assert.Equal("القمة في جنيف", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains('<', StringComparison.Ordinal) || p.Contains('>', StringComparison.Ordinal));
        Assert.Contains("خلية", article.Paragraphs);
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var lines = Lines("<p>موسكو &amp; واشنطن&nbsp;قالتا &quot;نعم&quot; &laquo;معا&raquo; &#1576;&#x628; &lt;script&gt;</p>");

        Assert.Equal("موسكو & واشنطن\u00A0قالتا \"نعم\" «معا» بب <script>", lines[0]);
    }

    [Fact]
    public void Of_several_articles_the_story_is_the_one_with_the_headline()
    {
        var lines = Lines("""
            <body><article><h2>خبر آخر</h2><p>ملخص طويل طويل طويل طويل طويل طويل طويل طويل طويل طويل.</p></article>
            <article><h1>القصة</h1><p>نصها.</p></article></body>
            """);

        Assert.Equal(["القصة", "نصها."], lines);
    }

    [Fact]
    public void Hidden_elements_and_navigation_roles_are_dropped()
    {
        var lines = Lines("""
            <body><div role="navigation">قائمة</div><p hidden>مخفي</p><p aria-hidden="true">مخفي أيضا</p>
            <div role="contentinfo">تذييل</div><p>الظاهر.</p></body>
            """);

        Assert.Equal(["الظاهر."], lines);
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_levels_deep_is_read_without_exhausting_the_stack()
    {
        const int Depth = 100_000;
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div><span>", Depth)) + "بوتين" + string.Concat(Enumerable.Repeat("</span></div>", Depth)) + "</body>";

        Assert.Equal(["بوتين"], Lines(html));
    }

    [Fact]
    public void An_html_file_is_parsed_as_the_text_it_shows_and_its_page_is_kept_as_the_original()
    {
        const string Page = "<!DOCTYPE html><html><head><title>لقاء في جنيف | الجزيرة</title></head><body><p>التقى الرئيسان في جنيف.</p></body></html>";

        var article = RepoCatalogs.Parser.Parse("page.html", "hash", DecodedText.Ok(Page, "utf-8"));

        Assert.Equal("لقاء في جنيف", article.Title);
        Assert.Equal(["التقى الرئيسان في جنيف."], article.Paragraphs);
        Assert.Equal(Page, article.OriginalText);
    }
}
