using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsCorpus.Cli.Tests.Commands;

public sealed class WriteVerbTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Fact]
    public void A_zip_is_imported_file_by_file_and_its_unsafe_entries_are_refused_with_reasons()
    {
        var zip = Path.Combine(_cli.DataDir, "batch.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in new[] { ("rt/a.txt", "قمة جنيف\nنص أول"), ("sana/b.txt", "قمة هلسنكي\nنص ثان"), ("../c.txt", "عنوان\nنص") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        var (exit, output, _) = _cli.Run("import", zip, "--json");

        Assert.Equal(1, exit);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal("batch.zip/../c.txt", report.GetProperty("failed")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void A_piped_import_reports_progress_as_plain_lines_on_standard_error()
    {
        var (exit, output, errors) = _cli.Run("import", CliProcess.SampleArticles);

        Assert.Equal(0, exit);
        Assert.Contains("progress: 5/5 files", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("progress", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
        Assert.EndsWith("5 imported, 0 updated, 0 unchanged, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_entries_are_listed_without_failing_the_import_and_a_newline_in_a_name_stays_on_one_line()
    {
        var folder = Path.Combine(_cli.DataDir, "inbox");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "two\nlines.txt"), "قمة جنيف\nالتقى الرئيسان في جنيف.");
        File.WriteAllText(Path.Combine(folder, ".draft.txt"), "قمة هلسنكي\nمسودة.");

        var (exit, output, _) = _cli.Run("import", folder);
        var json = _cli.RunJson("import", folder, "--json");

        Assert.Equal(0, exit);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("imported   two\\nlines.txt", StringComparison.Ordinal));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("skipped    ", StringComparison.Ordinal) && l.Contains(".draft.txt: hidden", StringComparison.Ordinal));
        Assert.EndsWith("1 imported, 0 updated, 0 unchanged, 0 failed, 1 skipped", output.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith(".draft.txt", json.GetProperty("skipped")[0].GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_reports_how_many_articles_it_indexed()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var (exit, output, _) = _cli.Run("reindex");

        Assert.Equal(0, exit);
        Assert.Contains("reindexed 5 article(s)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "x", "--token", "t")]
    [InlineData("reparse", "--server", "ftp://example.org", "--token", "t")]
    [InlineData("reindex", "--server", "http://127.0.0.1:9")]
    public void Hand_off_options_that_make_no_sense_are_usage_errors(params string[] args)
    {
        var (exit, _, errors) = _cli.Run(args, environment: new() { ["NEWSCORPUS_TOKEN"] = "" });

        Assert.Equal(2, exit);
        Assert.Contains("error:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_that_cannot_be_reached_fails_the_command_and_changes_nothing()
    {
        var (exit, _, errors) = _cli.Run("import", CliProcess.SampleArticles, "--server", "http://127.0.0.1:9", "--token", "t");

        Assert.Equal(1, exit);
        Assert.Contains("could not reach the site", errors, StringComparison.Ordinal);
        Assert.Equal(0, _cli.RunJson("stats", "--json").GetProperty("articles").GetInt32());
    }

    public void Dispose() => _cli.Dispose();
}
