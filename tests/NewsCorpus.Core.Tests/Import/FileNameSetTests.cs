using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Tests.Import;

public sealed class FileNameSetTests
{
    [Fact]
    public void Each_name_is_added_once_and_a_namesake_learns_the_first_file()
    {
        // Every name twice, in two folders, far apart in the list: the table is probed past many other names.
        var files = new FileList();
        for (var folder = 0; folder < 2; folder++)
        {
            for (var n = 0; n < 5_000; n++)
                files.Add($"/in/{folder}/article-{n}.txt");
        }
        var set = new FileNameSet(files);

        for (var i = 0; i < 5_000; i++)
            Assert.True(set.TryAdd(i, recordedBefore: false, out _));
        for (var i = 5_000; i < files.Count; i++)
        {
            Assert.False(set.TryAdd(i, recordedBefore: false, out var earlier));
            Assert.Equal(i - 5_000, earlier);
        }
    }

    [Fact]
    public void A_name_recorded_before_has_no_known_first_file()
    {
        var files = new FileList();
        foreach (var path in new[] { "/a/one.txt", "/b/one.txt", "/a/two.txt", "/c/one.txt" })
            files.Add(path);
        var set = new FileNameSet(files);

        Assert.True(set.TryAdd(0, recordedBefore: true, out _));
        Assert.False(set.TryAdd(1, recordedBefore: false, out var earlier));
        Assert.Equal(-1, earlier);
        // Not replaced by a later file of the name: the name stays one whose first path is not known.
        Assert.True(set.TryAdd(2, recordedBefore: false, out _));
        Assert.False(set.TryAdd(3, recordedBefore: false, out earlier));
        Assert.Equal(-1, earlier);
    }

    [Fact]
    public void Names_differ_by_case_and_by_script_as_the_file_system_does()
    {
        var files = new FileList();
        foreach (var path in new[] { "/a/News.txt", "/b/news.txt", "/a/خبر.txt", "/b/خبر.txt" })
            files.Add(path);
        var set = new FileNameSet(files);

        Assert.True(set.TryAdd(0, recordedBefore: false, out _));
        Assert.True(set.TryAdd(1, recordedBefore: false, out _));
        Assert.True(set.TryAdd(2, recordedBefore: false, out _));
        Assert.False(set.TryAdd(3, recordedBefore: false, out var earlier));
        Assert.Equal(2, earlier);
    }
}
