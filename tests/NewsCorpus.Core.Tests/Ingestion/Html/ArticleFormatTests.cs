using NewsCorpus.Core.Ingestion.Html;

namespace NewsCorpus.Core.Tests.Ingestion.Html;

public sealed class ArticleFormatTests
{
    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.HTML", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.xhtml", true)]
    [InlineData("README", true)]
    [InlineData("a.pdf", false)]
    [InlineData("a.docx", false)]
    [InlineData("a.txt.exe", false)]
    public void Article_files_are_text_html_or_without_an_extension(string fileName, bool accepted) =>
        Assert.Equal(accepted, ArticleFormat.IsAccepted(fileName));

    [Theory]
    [InlineData("a.html", "نص عادي", true)]
    [InlineData("a.txt", "<!DOCTYPE html><html><body>نص</body></html>", true)]
    [InlineData("page", "\uFEFF  <html lang=\"ar\"><body>نص</body></html>", true)]
    [InlineData("page", "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true)]
    [InlineData("page", "<HEAD><TITLE>قديم</TITLE></HEAD>", true)]
    [InlineData("a.txt", "عنوان\n<p>فقرة منسوخة من صفحة</p>", false)]
    [InlineData("page", "عنوان المقال\nنص المقال", false)]
    [InlineData("page", "<?xml version=\"1.0\"?><rss>", false)]
    public void Html_is_recognised_by_extension_or_by_how_the_text_begins(string fileName, string text, bool html) =>
        Assert.Equal(html, ArticleFormat.IsHtml(fileName, text));
}
