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
    public void Holds_many_files_past_its_first_blocks_and_names_as_long_as_a_block_holds()
    {
        static string PathOf(int i) => $"/corpus/{i / 1000:D4}/{i:D9}-{new string('x', i % 97 == 0 ? 40_000 + i : i % 40)}.txt";
        var list = new FileList();
        for (var i = 0; i < 20_000; i++)
            list.Add(PathOf(i));

        Assert.Equal(20_000, list.Count);
        for (var i = 0; i < 20_000; i += 7)
            Assert.Equal(PathOf(i), list[i]);
        Assert.Equal(PathOf(19_999), list[19_999]);
        Assert.Equal(Path.GetFileName(PathOf(97 * 3)), list.Name(97 * 3).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => list[20_000]);
    }

    [Fact]
    public void Refuses_a_name_no_file_system_gives_and_holds_the_longest_one_that_fits()
    {
        var list = new FileList();
        var longest = "/in/" + new string('ق', FileList.MaxNameBytes / 2) + "x";  // two UTF-8 bytes a letter, one for x
        var tooLong = "/in/" + new string('ق', FileList.MaxNameBytes / 2 + 1);
        const string halfPair = "/in/a\uD83Db.txt";
        const string wholePair = "/in/a\uD83D\uDE00b.txt";

        Assert.Null(FileList.Refusal(longest));
        Assert.Null(FileList.Refusal(wholePair));
        Assert.Contains("longer", FileList.Refusal(tooLong), StringComparison.Ordinal);
        Assert.Contains("surrogate", FileList.Refusal(halfPair), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => list.Add(halfPair));
        list.Add(longest);
        list.Add(wholePair);

        Assert.Equal([longest, wholePair], list);
        Assert.Equal(0, list.NameUtf8(0).Length - FileList.MaxNameBytes);
    }

    [Fact]
    public void A_first_file_with_an_empty_name_is_kept_too()
    {
        var list = new FileList();
        list.Add("/data/inbox/");
        list.Add("x.txt");

        Assert.Equal(["/data/inbox/", "x.txt"], list);
    }
}
