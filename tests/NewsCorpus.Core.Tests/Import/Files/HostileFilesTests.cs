using System.Text;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Core.Tests.Import.Files;

/// <summary>
/// Special files hung or killed the whole import (issue 11): a FIFO blocked forever, a link to /dev/zero passed the
/// size check, symlink loops made the walk exponential, an unreadable folder or an over-long path threw. Each is
/// now refused with a reason, the rest of the folder imports, and what was stored stays.
/// </summary>
public sealed class HostileFilesTests : IDisposable
{
    private readonly TestCorpus _test = new();
    private readonly string _folder;

    public HostileFilesTests()
    {
        _folder = Path.Combine(_test.Dir, "inbox");
        Directory.CreateDirectory(_folder);
        Article("good.txt");
    }

    private string Article(string relative)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"عنوان {Path.GetFileNameWithoutExtension(relative)}\nالتقى الرئيسان في قمة جنيف.");
        return path;
    }

    private ImportReport Import() => _test.Corpus.Importer.Import([_folder]);

    private static ImportFileResult Entry(ImportReport report, string nameEnd) =>
        Assert.Single(report.Files, f => f.File.EndsWith(nameEnd, StringComparison.Ordinal));

    [UnixFact]
    public void A_named_pipe_is_refused_by_its_type_without_being_opened_and_the_rest_imports()
    {
        UnixTool.Run("mkfifo", Path.Combine(_folder, "pipe.txt"));

        var report = Import();

        Assert.Equal(ImportOutcome.Imported, Entry(report, "good.txt").Outcome);
        var pipe = Entry(report, "pipe.txt");
        Assert.Equal(ImportOutcome.Failed, pipe.Outcome);
        Assert.Contains("named pipe", pipe.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_pipe_named_on_the_command_line_is_refused_too()
    {
        var pipe = Path.Combine(_test.Dir, "direct.txt");
        UnixTool.Run("mkfifo", pipe);

        var report = _test.Corpus.Importer.Import([pipe]);

        Assert.Contains("named pipe", Assert.Single(report.Failed).Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_link_to_an_endless_device_is_refused_as_a_device()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_folder, "null.txt"), "/dev/null");

        var report = Import();

        Assert.StartsWith("a link to a device", Entry(report, "zero.txt").Error, StringComparison.Ordinal);
        Assert.StartsWith("a link to a device", Entry(report, "null.txt").Error, StringComparison.Ordinal);
        Assert.Equal(1, report.Imported);
    }

    [Fact]
    public void Files_and_what_is_left_out_come_in_the_ordinal_order_of_their_paths()
    {
        // A folder's files go out as the walk reaches them, so the walk itself must keep the order a sort of every
        // path would give: "a-b" sorts before "a/" ('-' < '/'), and "a/" before "ab".
        foreach (var relative in new[] { "ab.txt", Path.Combine("a", "x.txt"), "a-b.txt", "a.txt", Path.Combine("a", "b", "y.txt"), Path.Combine("a", "ab.txt"), "z.txt" })
            Article(relative);
        File.WriteAllText(Path.Combine(_folder, "a", ".hidden.txt"), "x");
        File.WriteAllText(Path.Combine(_folder, ".also-hidden"), "x");

        var refused = new List<ImportFileResult>();
        var files = ImportSource.Files([_folder], refused).ToList();

        Assert.Equal(8, files.Count);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(2, refused.Count);
        Assert.Equal(refused.Select(r => r.File).Order(StringComparer.Ordinal), refused.Select(r => r.File));
    }

    [UnixFact]
    public void Symlink_loops_are_walked_once_and_reported()
    {
        Article(Path.Combine("a", "one.txt"));
        Article(Path.Combine("b", "two.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "b", "to-a"), Path.Combine("..", "a"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "a", "to-b"), Path.Combine("..", "b"));

        var report = Import();

        Assert.Equal(3, report.Imported);
        Assert.Empty(report.Failed);
        Assert.All(report.Skipped, s => Assert.Contains("already walks", s.Error, StringComparison.Ordinal));
        Assert.Equal(3, report.Skipped.Count());
    }

    [UnixFact]
    public void A_link_to_nothing_or_to_itself_is_refused_with_what_it_is()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "gone.txt"), Path.Combine(_folder, "nowhere.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "self.txt"), Path.Combine(_folder, "self.txt"));

        var report = Import();

        Assert.Equal("a link to something that does not exist", Entry(report, "gone.txt").Error);
        Assert.Contains("symlink loop", Entry(report, "self.txt").Error, StringComparison.Ordinal);
        Assert.Equal(1, report.Imported);
    }

    [UnixFact]
    public void The_size_limit_holds_for_what_is_read_not_for_the_length_reported()
    {
        // /proc files report a length of 0 and still hold text: the limit must count the bytes read.
        using var corpus = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(_test.Dir, "small"), MaxFileBytes = 16 });
        var procFile = "/proc/self/status";
        Assert.Equal(0, new FileInfo(procFile).Length);

        var failed = Assert.Single(corpus.Importer.Import([procFile]).Failed);

        Assert.Equal("the file is over the 16-byte limit", failed.Error);
    }

    [Fact]
    public void Hidden_files_and_folders_are_listed_as_skipped_with_the_reason()
    {
        Article(".draft.txt");
        Article(Path.Combine(".git", "inside.txt"));

        var report = Import();

        Assert.Equal(1, report.Imported);
        Assert.Empty(report.Failed);
        Assert.Equal(ImportOutcome.Skipped, Entry(report, ".draft.txt").Outcome);
        Assert.Contains("starts with a dot", Entry(report, ".git").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_format_is_refused_with_the_accepted_formats()
    {
        File.WriteAllBytes(Path.Combine(_folder, "scan.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4"));

        var failed = Assert.Single(Import().Failed);

        Assert.Equal("scan.pdf", failed.File);
        Assert.Contains(".txt, .html, .htm, .xhtml", failed.Error, StringComparison.Ordinal);
        Assert.Contains(".zip", failed.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void The_import_run_records_each_refused_and_skipped_entry_and_counts_only_refusals_as_failed()
    {
        UnixTool.Run("mkfifo", Path.Combine(_folder, "pipe.txt"));
        Article(".draft.txt");

        Import();

        var run = Assert.Single(_test.Corpus.Runs.Recent(10, RunKind.Import));
        var files = _test.Corpus.Runs.Files(run.Id);
        Assert.Equal((1, 1, 3), (run.Imported, run.Failed, run.Total));
        Assert.Contains("named pipe", Assert.Single(files, f => f.File.EndsWith("pipe.txt", StringComparison.Ordinal)).Error, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Skipped, Assert.Single(files, f => f.File.EndsWith(".draft.txt", StringComparison.Ordinal)).Outcome);
    }

    [UnixFact]
    public void A_path_longer_than_the_system_allows_is_reported_and_the_rest_imports()
    {
        // .NET cannot create it (the full path is over PATH_MAX), the shell can, one folder at a time.
        var segment = new string('d', 250);
        UnixTool.Run("bash", "-c", $"cd '{_folder}' && for i in $(seq 20); do mkdir {segment} && cd -P {segment} || exit 1; done && echo x > deep.txt");
        try
        {
            var report = Import();

            Assert.Equal(1, report.Imported);
            var deep = Assert.Single(report.Failed);
            Assert.Contains("longer than the system allows", deep.Error, StringComparison.Ordinal);
        }
        finally
        {
            UnixTool.Run("rm", "-rf", Path.Combine(_folder, segment));
        }
    }

    [UnixNonRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_reported_and_the_rest_imports()
    {
        Article(Path.Combine("locked", "secret.txt"));
        var locked = Path.Combine(_folder, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var report = Import();

            Assert.Equal(1, report.Imported);
            Assert.Contains("could not be read", Entry(report, "locked").Error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [UnixFact]
    public void A_hostile_folder_leaves_every_stored_article_as_it_was()
    {
        _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);
        UnixTool.Run("mkfifo", Path.Combine(_folder, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.txt"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "loop"), _folder);

        var report = Import();

        Assert.Equal(2, report.Failed.Count());
        Assert.Equal(6, _test.Corpus.Store.Count());
        Assert.Equal(6, _test.Corpus.Index.DocumentCount);
    }

    public void Dispose() => _test.Dispose();
}
