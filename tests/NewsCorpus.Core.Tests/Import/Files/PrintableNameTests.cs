using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Tests.Import.Files;

/// <summary>A newline in a file name split its report line in two (issue 11).</summary>
public sealed class PrintableNameTests
{
    [Theory]
    [InlineData("story.txt", "story.txt")]
    [InlineData("two\nlines.txt", "two\\nlines.txt")]
    [InlineData("tab\there\r.txt", "tab\\there\\r.txt")]
    [InlineData("esc\u001B[31m.txt", "esc\\u001B[31m.txt")]
    [InlineData("sep\u2028.txt", "sep\\u2028.txt")]
    [InlineData("قمة جنيف.txt", "قمة جنيف.txt")]
    public void A_name_is_always_one_line(string name, string printed) => Assert.Equal(printed, PrintableName.Of(name));
}
