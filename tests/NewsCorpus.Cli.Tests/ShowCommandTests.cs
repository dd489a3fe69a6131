using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

public sealed class ShowCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    private JsonElement ShowSample(string fileName)
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        var hits = _cli.RunJson("search", "", "--limit", "50", "--json").GetProperty("hits").EnumerateArray();
        var id = hits.Single(h => h.GetProperty("file").GetString() == fileName).GetProperty("id").GetString()!;
        return _cli.RunJson("show", id, "--json");
    }

    [Fact]
    public void Show_json_gives_everything_extracted_from_the_article()
    {
        var article = ShowSample("003_5f2084768f771f34.txt");

        Assert.Equal("g20-2016-hangzhou", article.GetProperty("summit").GetString());
        Assert.Equal("2016-09-05", article.GetProperty("date").GetString());
        Assert.False(string.IsNullOrEmpty(article.GetProperty("date_source").GetString()));
        Assert.InRange(article.GetProperty("date_confidence").GetDouble(), 0.3, 1);
        Assert.InRange(article.GetProperty("summit_confidence").GetDouble(), 0.5, 1);
        var evidence = article.GetProperty("summit_evidence").GetString();
        Assert.Contains("forum \"مجموعة العشرين\"", evidence, StringComparison.Ordinal);
        Assert.Contains("place \"", evidence, StringComparison.Ordinal);
        var entities = article.GetProperty("entities").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("peskov", entities);
        Assert.Contains("obama", entities);
        Assert.Contains("بيسكوف", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "title", "source", "source_ids", "dateline", "byline", "captions", "date_evidence", "corrected_fields" })
            Assert.True(article.TryGetProperty(field, out _), $"missing {field}");
    }

    [Fact]
    public void Show_json_marks_an_inferred_date_as_coming_from_the_summit()
    {
        var article = ShowSample("000_571e0dca3d088efb.txt");

        Assert.Equal("g8-2013-lough-erne", article.GetProperty("summit").GetString());
        Assert.Equal("2013-06-17", article.GetProperty("date").GetString());
        Assert.Equal("summit", article.GetProperty("date_source").GetString());
    }

    [Fact]
    public void Show_of_an_unknown_id_exits_3_not_found_rather_than_as_a_usage_error()
    {
        var (exit, _, error) = _cli.Run("show", "nope");

        Assert.Equal(3, exit);
        Assert.Contains("no article with id 'nope'", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
