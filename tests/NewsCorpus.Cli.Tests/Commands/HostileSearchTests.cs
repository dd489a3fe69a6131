namespace NewsCorpus.Cli.Tests.Commands;

/// <summary>Queries that crashed the CLI (issue 11) exit 0 with their results and a message, as any search does.</summary>
public sealed class HostileSearchTests(HostileSearchTests.ImportedSamples samples) : IClassFixture<HostileSearchTests.ImportedSamples>
{
    /// <summary>One store with the samples imported, shared by the tests of this class (each search only reads).</summary>
    public sealed class ImportedSamples : IDisposable
    {
        public ImportedSamples() => Cli.RunJson("import", CliProcess.SampleArticles, "--json");

        public CliProcess Cli { get; } = new();

        public void Dispose() => Cli.Dispose();
    }

    public static TheoryData<string, string?> Queries() => new()
    {
        { "بوتين ﷺ ﷻ", null },
        { "/[/", "Regular expressions" },
        { string.Join(' ', Enumerable.Repeat("بوتين", 1100)), "longer than 1000 characters" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_hostile_query_exits_zero_with_its_message(string query, string? message)
    {
        var result = samples.Cli.RunJson("search", query, "--json");

        Assert.True(result.GetProperty("total").GetInt32() >= 0);
        if (message is not null)
            Assert.Contains(message, result.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
