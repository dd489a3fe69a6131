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

    [Theory]
    [InlineData("", 0, false)]
    [InlineData("بوتين", 0, true)]
    [InlineData("بوتين", 1, false)]
    [InlineData("التقى بوتين أوباما", 2, true)]
    [InlineData("التقى بوتين أوباما", 3, false)]
    [InlineData("التقى بوتين أوباما ", 2, true)]
    [InlineData("التقى بوتين *** ", 2, false)]
    [InlineData("  (3)  -  نص  ", 1, true)]
    public void More_words_than_a_limit_is_said_as_the_count_would_say_it(string text, int max, bool more)
    {
        Assert.Equal(more, LineShape.HasMoreWordsThan(text, max));
        Assert.Equal(LineShape.WordCount(text) > max, LineShape.HasMoreWordsThan(text, max));
    }

    [Fact]
    public void More_words_than_any_limit_agrees_with_the_count_over_the_sample_articles()
    {
        var lines = Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "data", "articles")).SelectMany(File.ReadLines).ToList();

        foreach (var max in new[] { 0, 1, 2, 3, 6, 15, 25, 80 })
            Assert.All(lines, line => Assert.Equal(LineShape.WordCount(line) > max, LineShape.HasMoreWordsThan(line, max)));
    }

    [Theory]
    [InlineData("بلا أرقام", false)]
    [InlineData("عام 2016", true)]
    [InlineData("عام ٢٠١٦", true)]
    [InlineData("سنة ۱۳۹۵", true)]
    [InlineData("", false)]
    public void A_digit_of_any_script_is_found(string text, bool found)
    {
        Assert.Equal(found, LineShape.HasDigit(text));
        Assert.Equal(text.Any(char.IsDigit), LineShape.HasDigit(text));
    }
}
