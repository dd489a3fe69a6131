using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks.ParseProfile;

/// <summary>One article file read and decoded up front, so the profile times parsing alone.</summary>
internal sealed record ProfiledFile(string Path, string Hash, string RawText, DecodedText Decoded);

/// <summary>
/// Which files `parse-profile` reads: <c>--list FILE</c> (one path a line, the scale benchmark's lists), <c>--folder
/// DIR</c> (every file under it, in name order), each cut to <c>--limit N</c>. By default the first 2,000 paths of the
/// scale benchmark's 10,000-file list, or, without it, the sample articles and the real corpus.
/// </summary>
internal static class ParseProfileInput
{
    private const string ScaleList = "/tmp/newscorpus-scale/lists/corpus-10000.txt";
    private const string RealCorpus = "/work/corpora/saudinewsnet";
    private const int DefaultLimit = 2000;

    public static IReadOnlyList<string> Paths(string[] args, string repoRoot)
    {
        var limit = Option(args, "--limit") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        IEnumerable<string> paths;
        if (Option(args, "--list") is { } list)
            paths = ReadList(list);
        else if (Option(args, "--folder") is { } folder)
            paths = FolderFiles(folder);
        else if (File.Exists(ScaleList))
            paths = ReadList(ScaleList).Take(limit ?? DefaultLimit);
        else
            paths = FolderFiles(Path.Combine(repoRoot, "data", "articles")).Concat(Directory.Exists(RealCorpus) ? FolderFiles(RealCorpus) : []);
        return (limit is { } l ? paths.Take(l) : paths).ToList();
    }

    public static ProfiledFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var decoded = TextDecoder.Decode(bytes);
        return new ProfiledFile(path, NewsCorpus.Core.Ingestion.ArticleId.ContentHash(bytes), decoded.Text ?? "", decoded);
    }

    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static IEnumerable<string> ReadList(string list) =>
        File.ReadLines(list).Where(l => l.Length > 0);

    private static IEnumerable<string> FolderFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
