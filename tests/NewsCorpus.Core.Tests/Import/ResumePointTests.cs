using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Tests.Import;

public sealed class ResumePointTests
{
    private static FileList Files(params string[] paths)
    {
        var list = new FileList();
        foreach (var path in paths)
            list.Add(path);
        return list;
    }

    [Fact]
    public void A_second_file_of_a_name_is_refused_naming_the_first_and_counted()
    {
        var files = Files("/in/a/one.txt", "/in/a/two.txt", "/in/b/one.txt", "/in/c/one.txt");
        var refused = new List<ImportFileResult> { new("broken.zip", ImportOutcome.Failed, Error: "refused") };
        var resume = new ResumePoint(new Dictionary<string, int>());

        var pending = resume.Pending(refused, files).ToList();

        Assert.Equal(["broken.zip", "/in/a/one.txt", "/in/a/two.txt", "/in/b/one.txt", "/in/c/one.txt"], pending.Select(p => p.Path));
        Assert.Equal([true, false, false, true, true], pending.Select(p => p.Refusal is not null));
        Assert.Contains("(/in/a/one.txt)", pending[3].Refusal!.Error, StringComparison.Ordinal);
        Assert.Equal(pending.Count, resume.CountPending(refused, files));
    }

    [Fact]
    public void A_resumed_run_skips_as_many_files_of_each_name_as_it_recorded()
    {
        // The killed run recorded one.txt twice (the file and its refused namesake) and two.txt once.
        var files = Files("/in/a/one.txt", "/in/a/two.txt", "/in/b/one.txt", "/in/b/three.txt", "/in/c/one.txt");
        var resume = new ResumePoint(new Dictionary<string, int> { ["one.txt"] = 2, ["two.txt"] = 1 });

        var pending = resume.Pending([], files).ToList();

        Assert.Equal(["/in/b/three.txt", "/in/c/one.txt"], pending.Select(p => p.Path));
        Assert.Null(pending[0].Refusal);
        // A third one.txt is still a second file of a name in the run; its first one's path is not known any more.
        Assert.Contains("same name", pending[1].Refusal!.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/in/a/one.txt", pending[1].Refusal!.Error, StringComparison.Ordinal);
        Assert.Equal(2, resume.CountPending([], files));
    }
}
