using System.Text;
using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

public sealed class CommandLineContractTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Fact]
    public void Import_twice_reports_imported_then_unchanged()
    {
        var first = _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        var second = _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        Assert.Equal(5, first.GetProperty("imported").GetInt32());
        Assert.Equal(0, second.GetProperty("imported").GetInt32());
        Assert.Equal(5, second.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, second.GetProperty("failed").GetArrayLength());
    }

    [Fact]
    public void Import_with_a_bad_file_exits_1_and_names_it()
    {
        var folder = Path.Combine(_cli.DataDir, "in");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "good.txt"), Encoding.UTF8.GetBytes("عنوان\nنص"));
        File.WriteAllBytes(Path.Combine(folder, "bad.txt"), [0, 1, 2, 3]);

        var (exit, output, _) = _cli.Run("import", folder, "--json");

        Assert.Equal(1, exit);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        Assert.Equal("bad.txt", report.GetProperty("failed")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Search_json_has_every_contract_field()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var result = _cli.RunJson("search", "سوريا", "--json");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            foreach (var field in new[] { "id", "file", "title", "date", "summit", "source", "score", "snippet" })
                Assert.True(hit.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public void Show_returns_the_article_by_id()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        var id = _cli.RunJson("search", "خوانجو", "--json").GetProperty("hits")[0].GetProperty("id").GetString()!;

        var article = _cli.RunJson("show", id, "--json");

        Assert.Equal(id, article.GetProperty("id").GetString());
        foreach (var field in new[] { "file", "title", "date", "summit", "source", "dateline", "body", "captions", "entities" })
            Assert.True(article.TryGetProperty(field, out _), $"missing {field}");
    }

    [Fact]
    public void Reparse_parses_every_stored_article_again_and_reports_what_changed()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var report = _cli.RunJson("reparse", "--json");

        Assert.Equal(5, report.GetProperty("reparsed").GetInt32());
        Assert.Equal(0, report.GetProperty("changed").GetInt32());
    }

    [Fact]
    public void Reindex_and_stats_agree_on_counts()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        Assert.Equal(0, _cli.Run("reindex").ExitCode);

        var stats = _cli.RunJson("stats", "--json");

        Assert.Equal(5, stats.GetProperty("articles").GetInt32());
        Assert.Equal(5, stats.GetProperty("indexed_documents").GetInt32());
        Assert.True(stats.GetProperty("store_bytes").GetInt64() > 0);
    }

    [Theory]
    [InlineData("search", "x", "--limit", "abc")]
    [InlineData("search", "x", "--from", "2016-13-45")]
    [InlineData("nonsense")]
    [InlineData("show")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = _cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("error", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
