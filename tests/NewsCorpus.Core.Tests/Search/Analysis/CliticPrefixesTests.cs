using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search.Analysis;

public sealed class CliticPrefixesTests
{
    [Theory]
    [InlineData("بوتين", "بوتين|وتين")]
    [InlineData("وبوتين", "وبوتين|بوتين|وتين")]
    [InlineData("للامريكيين", "للامريكيين|الامريكيين")]
    [InlineData("وللامريكيين", "وللامريكيين|للامريكيين|الامريكيين")]
    [InlineData("فبسوريا", "فبسوريا|بسوريا|سوريا")]
    [InlineData("ووزير", "ووزير|وزير")]
    [InlineData("فيه", "فيه")]
    [InlineData("سوريا", "سوريا")]
    public void A_word_is_read_with_and_without_up_to_two_clitics(string word, string expected)
    {
        Assert.Equal(expected.Split('|'), CliticPrefixes.Candidates(word));
    }

    [Theory]
    [InlineData("وللامريكيين")]
    [InlineData("للكرملين")]
    [InlineData("فبسوريا")]
    public void The_spans_read_a_token_as_the_strings_do(string word)
    {
        var spans = new List<string>();
        foreach (var candidate in CliticPrefixes.Candidates(word.AsSpan(), new char[word.Length]))
            spans.Add(candidate.ToString());

        Assert.Equal(CliticPrefixes.Candidates(word), spans);
    }
}
