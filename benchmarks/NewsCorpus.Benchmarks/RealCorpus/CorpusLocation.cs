using System.Diagnostics;

namespace NewsCorpus.Benchmarks.RealCorpus;

/// <summary>
/// Where the real corpus is: a folder given on the command line, or the shared archive
/// (<c>shared/corpora/saudinewsnet-2015.tar.xz</c> beside the repository or one level further up) unpacked once into
/// the git-ignored <c>artifacts/realcorpus/</c>. The corpus is never part of the repository.
/// </summary>
internal static class CorpusLocation
{
    public const string ArchiveName = "saudinewsnet-2015.tar.xz";

    /// <summary>The folder of article files, or null with <paramref name="problem"/> saying what to do.</summary>
    public static string? Resolve(string? given, string repoRoot, out string problem)
    {
        problem = "";
        if (given is not null)
        {
            if (Directory.Exists(given))
                return Path.GetFullPath(given);
            if (File.Exists(given) && given.EndsWith(".tar.xz", StringComparison.Ordinal))
                return Unpack(given, repoRoot, out problem);
            problem = $"{given} is neither a folder of article files nor a .tar.xz archive.";
            return null;
        }
        var archive = ArchiveCandidates(repoRoot).FirstOrDefault(File.Exists);
        if (archive is null)
        {
            problem = $"The real corpus was not found (looked for {string.Join(" and ", ArchiveCandidates(repoRoot))}).\n" +
                      $"Pass a folder of article files: realcorpus /path/to/saudinewsnet/, or put {ArchiveName} in shared/corpora/ beside the repository.";
            return null;
        }
        return Unpack(archive, repoRoot, out problem);
    }

    /// <summary>The archive in <c>shared/corpora/</c> beside the repository, or beside the folder holding it (a worktree).</summary>
    public static IEnumerable<string> ArchiveCandidates(string repoRoot)
    {
        var parent = Directory.GetParent(Path.GetFullPath(repoRoot));
        foreach (var dir in new[] { parent, parent?.Parent }.OfType<DirectoryInfo>())
            yield return Path.Combine(dir.FullName, "shared", "corpora", ArchiveName);
    }

    private static string? Unpack(string archive, string repoRoot, out string problem)
    {
        problem = "";
        var target = Path.Combine(repoRoot, "artifacts", "realcorpus");
        var done = Path.Combine(target, ".unpacked");
        if (File.Exists(done) && File.ReadAllText(done) == Path.GetFullPath(archive))
            return ArticleFolder(target);
        if (Directory.Exists(target))
            Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        Console.Error.WriteLine($"unpacking {archive} into {target} (once) …");
        using var tar = Process.Start(new ProcessStartInfo("tar", ["xJf", Path.GetFullPath(archive), "-C", target])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("tar could not be started");
        var error = tar.StandardError.ReadToEnd();
        tar.WaitForExit();
        if (tar.ExitCode != 0)
        {
            problem = $"tar could not unpack {archive}: {error.Trim()}";
            return null;
        }
        File.WriteAllText(done, Path.GetFullPath(archive));
        return ArticleFolder(target);
    }

    // The archive holds one folder (saudinewsnet/) of article files.
    private static string ArticleFolder(string target) =>
        Directory.GetDirectories(target) is [var only] ? only : target;
}
