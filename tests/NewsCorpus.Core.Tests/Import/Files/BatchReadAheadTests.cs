using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Tests.Import.Files;

/// <summary>
/// Reading a batch's files ahead (<see cref="BatchReadAhead"/>) gives each batch, in order, what
/// <see cref="SafeFileReader"/> gives for each of its files, leaves to the batch what it must not or need not read,
/// holds no more than its bound, and walks the list of files no further than one batch ahead. (Special files read
/// ahead — pipes, endless devices, files over the limit — are refused as before: <see cref="HostileFilesTests"/>.)
/// </summary>
public sealed class BatchReadAheadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-ahead-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string FileOf(string name, int length)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, [.. Enumerable.Range(0, length).Select(i => (byte)('a' + i % 26))]);
        return path;
    }

    [Fact]
    public void Each_batch_comes_in_order_with_its_files_read_as_the_reader_reads_them()
    {
        var refusal = new ImportFileResult("refused.txt", ImportOutcome.Failed, Error: "refused on upload");
        PendingFile[] files =
        [
            new(FileOf("a.txt", 10), null),
            new(FileOf("b.txt", 0), null),
            new(FileOf("big.txt", 101), null),
            new(FileOf("refused.txt", 10), refusal),
            new(FileOf("c.pdf", 10), null),
            new(Path.Combine(_dir, "gone.txt"), null),
            new(FileOf("d.html", 50), null),
        ];

        var batches = BatchReadAhead.Of(files.Chunk(3), maxFileBytes: 100).ToList();

        Assert.Equal(files.Chunk(3).Select(c => c.Select(f => f.Path)), batches.Select(b => b.Files.Select(f => f.Path)));
        var reads = batches.SelectMany(b => b.Reads).ToList();
        for (var i = 0; i < files.Length; i++)
        {
            var name = Path.GetFileName(files[i].Path);
            if (name is "refused.txt" or "c.pdf")
            {
                Assert.Null(reads[i]);
                continue;
            }
            var expected = SafeFileReader.Read(files[i].Path, 100);
            Assert.True(reads[i].HasValue, name);
            Assert.Equal(expected.Refusal, reads[i]!.Value.Refusal);
            Assert.Equal(expected.Bytes, reads[i]!.Value.Bytes);
        }
        Assert.Equal("the file is over the 100-byte limit", reads[2]!.Value.Refusal);
        Assert.NotNull(reads[5]!.Value.Refusal);
    }

    [Fact]
    public void Past_the_bytes_held_ahead_the_files_are_left_to_the_batch()
    {
        PendingFile[] files = [new(FileOf("a.txt", 60), null), new(FileOf("b.txt", 60), null), new(FileOf("c.txt", 60), null)];

        var (_, reads) = BatchReadAhead.Of([files], maxFileBytes: 1000, maxBytesAhead: 100).Single();

        Assert.Equal(60, reads[0]!.Value.Bytes!.Length);
        Assert.Equal(60, reads[1]!.Value.Bytes!.Length);
        Assert.Null(reads[2]);
    }

    [Fact]
    public void The_list_of_files_is_walked_no_further_than_the_next_batch()
    {
        var walked = 0;
        IEnumerable<PendingFile[]> Batches()
        {
            for (var i = 0; i < 1000; i++)
            {
                walked++;
                yield return [new(FileOf($"f{i}.txt", 5), null)];
            }
        }

        using (var batches = BatchReadAhead.Of(Batches(), maxFileBytes: 100).GetEnumerator())
        {
            Assert.True(batches.MoveNext());
            Assert.Equal(2, walked);
            Assert.True(batches.MoveNext());
            Assert.Equal(3, walked);
        }
        // Stopped early: nothing more is walked or read, and the files can go.
        Assert.Equal(3, walked);
        Directory.Delete(_dir, recursive: true);
        Directory.CreateDirectory(_dir);
    }

    [Fact]
    public void No_batches_give_none()
    {
        Assert.Empty(BatchReadAhead.Of([], maxFileBytes: 100));
    }
}
