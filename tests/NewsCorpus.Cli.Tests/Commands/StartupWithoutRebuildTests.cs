using System.Text;

namespace NewsCorpus.Cli.Tests.Commands;

/// <summary>
/// Real processes: an import that brings an ordinary word spelled like a generated spelling of a name (فلادمير, made
/// for فلاديمير) leaves an index the next processes open as it is, reading or writing.
/// </summary>
public sealed class StartupWithoutRebuildTests : IDisposable
{
    private readonly CliProcess _cli = new();
    private readonly string _input = Directory.CreateTempSubdirectory("newscorpus-cli-input-").FullName;

    private string IndexPath => Path.Combine(_cli.DataDir, "index");

    /// <summary>The index's segment files (a rebuild writes new ones; every writer's open commits a new segments_N).</summary>
    private string[] SegmentFiles() => IndexFiles(name => !name.StartsWith("segments", StringComparison.Ordinal) && name != "write.lock");

    private string[] AllIndexFiles() => IndexFiles(_ => true);

    private string[] IndexFiles(Func<string, bool> which) => [.. new DirectoryInfo(IndexPath).EnumerateFiles()
        .Where(f => which(f.Name))
        .Select(f => $"{f.Name} {f.Length} {f.LastWriteTimeUtc:O}")
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void After_an_import_that_brings_a_colliding_word_other_processes_rebuild_nothing()
    {
        File.WriteAllText(Path.Combine(_input, "visit.txt"), "زيارة إلى موسكو\nقال الرئيس فلادمير بوتين إن اللقاء كان مثمرا", Encoding.UTF8);
        File.WriteAllText(Path.Combine(_input, "restaurant.txt"), "افتتاح مطعم جديد\nافتتح مطعم الفلادمير أبوابه في وسط المدينة أمس", Encoding.UTF8);
        _cli.RunJson("import", _input, "--json");
        var imported = SegmentFiles();
        var allIndexFiles = AllIndexFiles();

        var stats = _cli.RunJson("stats", "--json");
        var found = _cli.RunJson("search", "فلاديمير", "--json").GetProperty("total").GetInt32();
        // Read verbs write nothing at all.
        Assert.Equal(allIndexFiles, AllIndexFiles());
        // A write verb opens the writer and repairs what is missing: nothing here, and no rebuild.
        _cli.RunJson("import", _input, "--json");
        var again = _cli.RunJson("search", "فلاديمير", "--json").GetProperty("total").GetInt32();

        Assert.True(stats.GetProperty("index_current").GetBoolean());
        Assert.Equal([Core.Text.ArabicNormalizer.Normalize("فلادمير")], stats.GetProperty("spellings_now_ordinary").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, found);
        Assert.Equal(found, again);
        Assert.Equal(imported, SegmentFiles());
    }

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_input, recursive: true);
    }
}
