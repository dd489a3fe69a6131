using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Text;

public class TextCleanerTests
{
    [Fact]
    public void Line_endings_become_newlines() =>
        Assert.Equal("سطر\nسطر\nسطر", TextCleaner.Clean("سطر\r\nسطر\rسطر"));

    [Fact]
    public void Zero_width_and_bidi_controls_are_removed() =>
        Assert.Equal("الأمن السيبراني", TextCleaner.Clean("الأ\u200Cمن\u200F \u202Bالسيبراني\u202C\uFEFF"));

    [Fact]
    public void Presentation_forms_fold_to_base_letters() =>
        // U+FEDF U+FEE0 U+FEE4 ... : initial/medial forms of ل م
        Assert.Equal("لا", TextCleaner.Clean("\uFEFB"));

    [Fact]
    public void Space_runs_collapse_and_lines_are_trimmed() =>
        Assert.Equal("لم لم تتلق\nسطر", TextCleaner.Clean("  لم   لم\t تتلق  \nسطر "));

    [Fact]
    public void Html_references_and_their_debris_are_decoded() =>
        Assert.Equal("\"عرب نيوز\" الأولى ا", TextCleaner.Clean("&quot;عرب نيوز&quot;&nbsp;الأولى #1575;"));

    [Theory]
    [InlineData("\x1a\x1a")]
    [InlineData("\f")]
    [InlineData("\u2029")]
    [InlineData("\x1e")]
    public void Control_characters_used_as_paragraph_marks_become_line_breaks(string mark) =>
        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."],
            TextCleaner.Clean($"الفقرة الأولى.{mark}الفقرة الثانية.").Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
