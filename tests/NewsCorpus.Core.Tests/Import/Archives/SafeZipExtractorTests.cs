using System.IO.Compression;
using System.Text;
using NewsCorpus.Core.Import.Archives;

namespace NewsCorpus.Core.Tests.Import.Archives;

public sealed class SafeZipExtractorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-zip-").FullName;
    private string Target => Path.Combine(_dir, "out");

    private string Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var path = Path.Combine(_dir, $"archive-{Guid.NewGuid():N}.zip");
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            stream.Write(bytes);
        }
        return path;
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private ZipExtraction Extract(string zip, ZipLimits? limits = null, long maxFileBytes = 5 * 1024 * 1024) =>
        SafeZipExtractor.Extract(zip, Target, limits ?? new ZipLimits(), maxFileBytes);

    [Fact]
    public void Files_are_unpacked_with_their_folders_and_archiver_clutter_is_left_out()
    {
        var zip = Zip(("a.txt", Text("عنوان\nنص")), ("rt/b.txt", Text("عنوان\nنص")), ("__MACOSX/rt/._b.txt", [1, 2]), (".DS_Store", [0]));

        var result = Extract(zip);

        Assert.Null(result.ArchiveRefusal);
        Assert.Empty(result.Refused);
        Assert.Equal(["a.txt", Path.Combine("rt", "b.txt")],
            result.Files.Select(f => Path.GetRelativePath(Target, f)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../../escaped.txt")]
    [InlineData("rt/../../escaped.txt")]
    [InlineData("/etc/escaped.txt")]
    [InlineData("C:/escaped.txt")]
    [InlineData("..\\escaped.txt")]
    public void An_entry_whose_path_leaves_the_folder_is_refused_and_not_written(string name)
    {
        var zip = Zip((name, Text("عنوان\nنص")), ("good.txt", Text("عنوان\nنص")));

        var result = Extract(zip);

        var refused = Assert.Single(result.Refused);
        Assert.Equal(name, refused.Name);
        Assert.Single(result.Files);
        Assert.False(File.Exists(Path.Combine(_dir, "escaped.txt")));
        Assert.Empty(Directory.EnumerateFiles(_dir, "escaped.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_archive_inside_the_archive_is_refused_with_a_reason_by_name_or_by_its_bytes()
    {
        var inner = File.ReadAllBytes(Zip(("x.txt", Text("نص"))));
        var zip = Zip(("inner.zip", inner), ("disguised.txt", inner), ("data.tar.gz", [0x1F, 0x8B, 8, 0]), ("good.txt", Text("عنوان\nنص")));

        var result = Extract(zip);

        Assert.Equal(["data.tar.gz", "disguised.txt", "inner.zip"], result.Refused.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(result.Refused, r => Assert.Contains("archive inside the archive", r.Reason, StringComparison.Ordinal));
        Assert.Single(result.Files);
        Assert.False(File.Exists(Path.Combine(Target, "disguised.txt")));
    }

    [Fact]
    public void A_zip_bomb_is_refused_whole_and_nothing_of_it_is_kept()
    {
        var zeros = new byte[2 * 1024 * 1024];
        var zip = Zip(("a.txt", zeros), ("b.txt", zeros), ("c.txt", zeros));

        var result = Extract(zip);

        Assert.Contains("zip bomb", result.ArchiveRefusal, StringComparison.Ordinal);
        Assert.Empty(result.Files);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Target));
    }

    [Fact]
    public void An_archive_expanding_past_the_total_limit_is_refused_whole()
    {
        var zip = Zip(("a.txt", Text(new string('ب', 400))), ("b.txt", Text(new string('ت', 400))));

        var result = Extract(zip, new ZipLimits { MaxExpandedBytes = 1000 });

        Assert.Contains("1,000-byte limit", result.ArchiveRefusal, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Target));
    }

    [Fact]
    public void An_archive_with_too_many_entries_is_refused_before_anything_is_written()
    {
        var zip = Zip(("a.txt", Text("نص")), ("b.txt", Text("نص")), ("c.txt", Text("نص")), ("d.txt", Text("نص")));

        var result = Extract(zip, new ZipLimits { MaxEntries = 3 });

        Assert.Contains("4 files, over the 3-file limit", result.ArchiveRefusal, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Target));
    }

    [Fact]
    public void An_entry_over_the_per_file_limit_is_refused_and_the_others_kept()
    {
        var zip = Zip(("big.txt", Text(new string('ب', 200))), ("small.txt", Text("نص")));

        var result = Extract(zip, maxFileBytes: 100);

        Assert.Equal("big.txt", Assert.Single(result.Refused).Name);
        Assert.Contains("100-byte limit", result.Refused[0].Reason, StringComparison.Ordinal);
        Assert.Equal("small.txt", Path.GetFileName(Assert.Single(result.Files)));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused_with_a_reason()
    {
        var path = Path.Combine(_dir, "fake.zip");
        File.WriteAllText(path, "not a zip");

        Assert.Contains("not a readable zip archive", Extract(path).ArchiveRefusal, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
