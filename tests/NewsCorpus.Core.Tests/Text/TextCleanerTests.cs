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
}
