using NewsCorpus.Core.Search;
using NewsCorpus.Web.Pages.Search;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class CsvTests
{
    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted()
    {
        var hit = new SearchHit("a1", "a1.txt", "بوتين، \"الاتفاق\", قريب", new DateOnly(2016, 9, 4), null, null, 1.5f,
            new Snippet([new SnippetPart("سطر\nثان", false)]));

        var csv = SearchExports.ToCsv([hit], "http://host");

        var row = csv.Split("\r\n")[1];
        Assert.Equal("a1,\"بوتين، \"\"الاتفاق\"\", قريب\",2016-09-04,,,1.5,http://host/articles/a1,\"سطر\nثان\"", row);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1 بوتين", "'+1 بوتين")]
    [InlineData("-بوتين", "'-بوتين")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_are_kept_as_text(string title, string cell)
    {
        var hit = new SearchHit("a1", "a1.txt", title, null, null, null, 1f, new Snippet([new SnippetPart("نص", false)]));

        var row = SearchExports.ToCsv([hit], "http://host").Split("\r\n")[1];

        Assert.StartsWith("a1," + cell + ",", row, StringComparison.Ordinal);
    }
}
