using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Tests.Import.Files;

/// <summary>
/// Only what the reads return decides what a file holds and whether it is over the limit, never the length the file
/// system reports.
/// </summary>
public sealed class SafeFileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-read-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string FileOf(int length)
    {
        var path = Path.Combine(_dir, $"f{length}.txt");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, length).Select(i => (byte)(i % 251))]);
        return path;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void A_file_within_the_limit_is_read_whole(int length)
    {
        var path = FileOf(length);

        var read = SafeFileReader.Read(path, maxBytes: 100_000);

        Assert.Null(read.Refusal);
        Assert.Equal(File.ReadAllBytes(path), read.Bytes);
    }

    [Fact]
    public void One_byte_over_the_limit_is_refused()
    {
        var read = SafeFileReader.Read(FileOf(101), maxBytes: 100);

        Assert.Null(read.Bytes);
        Assert.Equal("the file is over the 100-byte limit", read.Refusal);
    }

    [UnixFact]
    public void A_file_holding_more_than_it_reports_is_read_whole()
    {
        // /proc files report 0 bytes.
        var procFile = "/proc/self/maps";
        Assert.Equal(0, new FileInfo(procFile).Length);

        var read = SafeFileReader.Read(procFile, maxBytes: 64 * 1024 * 1024);

        Assert.Null(read.Refusal);
        Assert.True(read.Bytes!.Length > 4096, $"read {read.Bytes.Length} bytes");
        Assert.Contains("[stack]", System.Text.Encoding.ASCII.GetString(read.Bytes), StringComparison.Ordinal);
    }
}
