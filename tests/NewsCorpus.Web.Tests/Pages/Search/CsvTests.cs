using System.Text;
using NewsCorpus.Core.Search.Export;

namespace NewsCorpus.Web.Tests.Pages.Search;

public sealed class CsvTests
{
    private static ExportRow Row(string title, string snippet) => new("a1", "http://host/articles/a1", title, "2016-09-04", "text",
        null, null, null, null, null, [], [], [], "a1.txt", 1.5f, snippet, null);

    private static async Task<string> FirstRow(ExportRow row)
    {
        using var stream = new MemoryStream();
        await CsvExportWriter.WriteAsync([row], withText: false, stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n")[1];
    }

    [Fact]
    public async Task Cells_with_commas_or_quotes_are_quoted_and_snippets_are_one_line()
    {
        var row = await FirstRow(Row("بوتين، \"الاتفاق\", قريب", ExportRow.OneLine("سطر\nثان\r\n ثالث")));

        Assert.Equal("a1,http://host/articles/a1,\"بوتين، \"\"الاتفاق\"\", قريب\",2016-09-04,text,,,,,,,,,a1.txt,1.5,سطر ثان ثالث", row);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1 بوتين", "'+1 بوتين")]
    [InlineData("-بوتين", "'-بوتين")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_kept_as_text(string title, string cell)
    {
        var row = await FirstRow(Row(title, "نص"));

        Assert.StartsWith("a1,http://host/articles/a1," + cell + ",", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بوتين", "newscorpus-بوتين-2026-12-01.csv")]
    [InlineData("\"قمة جنيف\" OR title:بوتين", "newscorpus-قمة-جنيف-OR-title-بوتين-2026-12-01.csv")]
    [InlineData("", "newscorpus-2026-12-01.csv")]
    [InlineData("../../etc/passwd", "newscorpus-etc-passwd-2026-12-01.csv")]
    public void Export_file_is_named_from_the_query_and_the_day(string query, string name) =>
        Assert.Equal(name, ExportFileName.For(query, new DateOnly(2026, 12, 1), "csv"));
}
