using System.Text.Json;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>The <c>paragraphs</c> column: spans into the original and stored texts read back as paragraphs or one body.</summary>
public sealed class ParagraphSpansTests
{
    private const string Original = "عنوان\nموسكو - قال بوتين إن القمة ناجحة.\nوأضاف أن <b>الحوار</b> مستمر.\nقال بوتين إن القمة ناجحة.\n";

    public static TheoryData<string[]> Paragraphs => new()
    {
        { [] },
        { ["قال بوتين إن القمة ناجحة."] },
        // Found, changed by the cleaning (kept as text), found again further on.
        { ["قال بوتين إن القمة ناجحة.", "وأضاف أن الحوار مستمر.", "قال بوتين إن القمة ناجحة."] },
        // Text with quotes, a backslash, a line break and an empty paragraph: escaped in the column.
        { ["فقرة \"مقتبسة\" \\ ثم\nسطر", "", "عنوان"] },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Paragraphs_read_back_one_by_one_and_joined_as_they_were_written(string[] paragraphs)
    {
        var column = ParagraphSpans.Encode(Original, paragraphs);

        Assert.Equal(paragraphs, ParagraphSpans.Decode(Original, column));
        Assert.Equal(string.Join("\n\n", paragraphs), ParagraphSpans.Join(Original, column, "\n\n"));
    }

    [Fact]
    public void A_column_written_before_spans_holds_strings_only_and_reads_the_same()
    {
        const string column = "[\"الفقرة الأولى\",\"الثانية \\u0022بين علامتين\\u0022\"]";

        Assert.Equal(["الفقرة الأولى", "الثانية \"بين علامتين\""], ParagraphSpans.Decode("", column));
        Assert.Equal("الفقرة الأولى\n\nالثانية \"بين علامتين\"", ParagraphSpans.Join("", column, "\n\n"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[[1]]")]
    [InlineData("[[1,2,3]]")]
    [InlineData("[[1,2]")]
    public void A_damaged_column_is_an_error_not_a_shorter_text(string column)
    {
        var error = Record.Exception(() => ParagraphSpans.Join(Original, column, "\n\n"));

        Assert.True(error is JsonException or InvalidOperationException, error?.GetType().Name ?? "no error");
    }
}
