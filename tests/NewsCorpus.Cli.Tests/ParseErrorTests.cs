namespace NewsCorpus.Cli.Tests;

/// <summary>A command line that cannot be read exits 2 with a message in the user's words, never a .NET type name.</summary>
public sealed class ParseErrorTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Theory]
    [InlineData("--year expects a year such as 2016, not '20x6'", "search", "x", "--year", "20x6")]
    [InlineData("--from expects a date as YYYY-MM-DD, such as 2016-09-05, not '2016-13-45'", "search", "x", "--from", "2016-13-45")]
    [InlineData("--limit expects a whole number from 1 to 1000, not 'abc'", "search", "x", "--limit", "abc")]
    [InlineData("--limit expects a whole number from 1 to 1000, not '0'", "search", "x", "--limit", "0")]
    [InlineData("--sort expects one of: relevance, date, not 'newest'", "search", "x", "--sort", "newest")]
    [InlineData("SHELL expects one of: bash, zsh, fish, not 'tcsh'", "completion", "tcsh")]
    [InlineData("newscorpus show needs ID (Article id, as printed by search)", "show")]
    [InlineData("Unrecognized command or argument 'serch': did you mean 'search'?", "serch", "x")]
    [InlineData("name a verb: import, search, show", "--json")]
    public void A_bad_command_line_is_explained_in_the_users_words(string expected, params string[] args)
    {
        var (exit, output, error) = _cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"error: {expected}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("expected type", error, StringComparison.Ordinal);
        Assert.Contains("--help` to see the usage", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
