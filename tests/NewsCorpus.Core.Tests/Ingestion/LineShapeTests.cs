using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Tests.Ingestion;

public sealed class LineShapeTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("بوتين", 1)]
    [InlineData("  التقى  بوتين   أوباما ", 3)]
    [InlineData("*** — ***", 0)]
    [InlineData("16 يوليو 2018", 3)]
    [InlineData("(3) - نص", 2)]
    [InlineData("كلمة\tأخرى", 1)]
    public void Words_are_runs_between_spaces_that_hold_a_letter_or_digit(string text, int words)
    {
        Assert.Equal(words, LineShape.WordCount(text));
    }

    [Fact]
    public void Counts_as_splitting_on_spaces_did_over_the_sample_articles()
    {
        var lines = Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "data", "articles")).SelectMany(File.ReadLines);

        Assert.All(lines, line => Assert.Equal(
            line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)), LineShape.WordCount(line)));
    }
}
