using System.Text.Json;

namespace NewsCorpus.Cli.Tests.Commands;

public sealed class EditCommandsTests : IDisposable
{
    private readonly CliProcess _cli = new();

    private string ImportedArticleId()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        return _cli.RunJson("search", "", "--json").GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    [Fact]
    public void A_correction_is_stored_with_its_fields_shown_as_corrected_and_survives_a_reimport()
    {
        var id = ImportedArticleId();

        var corrected = _cli.RunJson("correct", id, "--summit", "none", "--title", "عنوان مصحح", "--reason", "not a summit report", "--json");
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        var shown = _cli.RunJson("show", id, "--json");

        Assert.Equal(["summit_id", "title"], Strings(corrected.GetProperty("corrected_fields")).Order(StringComparer.Ordinal));
        Assert.Equal("عنوان مصحح", shown.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("summit").ValueKind);
        Assert.Contains("summit_id", Strings(shown.GetProperty("corrected_fields")));
    }

    [Fact]
    public void A_deleted_article_leaves_search_stays_out_on_reimport_and_comes_back_when_restored()
    {
        var id = ImportedArticleId();

        _cli.RunJson("delete", id, "--reason", "duplicate", "--json");
        var afterDelete = _cli.RunJson("search", "", "--json").GetProperty("total").GetInt32();
        var (shownExit, _, _) = _cli.Run("show", id);
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");
        var afterReimport = _cli.RunJson("search", "", "--json").GetProperty("total").GetInt32();
        _cli.RunJson("restore", id, "--json");
        var afterRestore = _cli.RunJson("search", "", "--json").GetProperty("total").GetInt32();

        Assert.Equal((4, 3, 4, 5), (afterDelete, shownExit, afterReimport, afterRestore));
    }

    [Theory]
    [InlineData(3, "correct", "no-such-article", "--title", "x", "--reason", "r")]
    [InlineData(3, "delete", "no-such-article", "--reason", "r")]
    [InlineData(3, "restore", "no-such-article")]
    [InlineData(2, "correct", "ID", "--summit", "no-such-summit", "--reason", "r")]
    [InlineData(2, "correct", "ID", "--date", "2016-13-45", "--reason", "r")]
    [InlineData(2, "correct", "ID", "--reason", "nothing named")]
    [InlineData(2, "delete", "ID")]
    public void Bad_edits_are_refused_with_their_exit_code_and_change_nothing(int exit, params string[] args)
    {
        var id = ImportedArticleId();
        var before = _cli.Run("show", id, "--json").Out;

        var result = _cli.Run([.. args.Select(a => a == "ID" ? id : a)]);

        Assert.Equal(exit, result.ExitCode);
        Assert.StartsWith("error:", result.Err.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", result.Err, StringComparison.Ordinal);
        Assert.Equal(before, _cli.Run("show", id, "--json").Out);
    }

    public void Dispose() => _cli.Dispose();
}
