using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks.RealCorpus;

/// <summary>What the importer would do with one file: the parsed article, or the reason it is refused.</summary>
public sealed record RealCorpusFile(string Path, Article? Article, string? Refusal);

/// <summary>
/// Reads and parses every file the way <c>Importer</c> does (size limit, decode or refuse, parse), without a store:
/// the figures are about parsing, not storage.
/// </summary>
public static class RealCorpusRun
{
    public static IReadOnlyList<RealCorpusFile> Parse(IReadOnlyList<string> files, ArticleParser parser, long maxFileBytes)
    {
        var results = new RealCorpusFile[files.Count];
        Parallel.For(0, files.Count, i => results[i] = ParseOne(files[i], parser, maxFileBytes));
        return results;
    }

    /// <summary>Article files under <paramref name="folder"/>, in name order; <paramref name="limit"/> takes the first ones.</summary>
    public static IReadOnlyList<string> Files(string folder, int? limit = null)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        return (limit is { } n ? files.Take(n) : files).ToList();
    }

    private static RealCorpusFile ParseOne(string path, ArticleParser parser, long maxFileBytes)
    {
        var length = new FileInfo(path).Length;
        if (length > maxFileBytes)
            return new(path, null, $"the file is over the {maxFileBytes:N0}-byte limit");
        var bytes = File.ReadAllBytes(path);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.IsRefused)
            return new(path, null, decoded.Refusal);
        var fileName = System.IO.Path.GetFileName(path);
        return new(path, parser.Parse(fileName, ArticleId.ContentHash(bytes), decoded), null);
    }
}
