using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Tests.Import.Files;

public sealed class FileListTests
{
    [Fact]
    public void Gives_back_every_path_exactly_as_added_with_its_file_name()
    {
        string[] paths =
        [
            "/data/inbox/a.txt", "/data/inbox/b.txt", "/data/other/ق م ة.txt", "/data/inbox/c.txt", "bare-name.txt",
            "/data/inbox/", "/data/inbox/ünïcode-😀.txt", "/data/inbox/a.txt",
        ];
        var list = new FileList();
        foreach (var path in paths)
            list.Add(path);

        Assert.Equal(paths, list);
        Assert.Equal(paths.Length, list.Count);
        for (var i = 0; i < paths.Length; i++)
        {
            Assert.Equal(paths[i], list[i]);
            Assert.Equal(Path.GetFileName(paths[i]), list.Name(i).ToString());
        }
    }

    [Fact]
    public void Holds_many_files_past_its_first_buffers()
    {
        var list = new FileList();
        for (var i = 0; i < 5_000; i++)
            list.Add($"/corpus/{i / 1000:D4}/{i:D9}-{new string('x', i % 40)}.txt");

        Assert.Equal(5_000, list.Count);
        Assert.Equal($"/corpus/0003/{3_999:D9}-{new string('x', 3_999 % 40)}.txt", list[3_999]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[5_000]);
    }
}
