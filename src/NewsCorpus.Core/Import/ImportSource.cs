namespace NewsCorpus.Core.Import;

/// <summary>
/// How an import reads its paths, the same wherever it runs: folders walked recursively in a stable order (hidden
/// files left out), file names as article keys, and paths recorded absolute so any writer can resume the run.
/// </summary>
public static class ImportSource
{
    /// <summary>The files under <paramref name="folder"/>, recursively, without hidden ones, in ordinal order.</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    /// <summary>Why a second file of a name already in the import is refused (<paramref name="first"/>: the first one's path, when known).</summary>
    public static string SameName(string? first) =>
        $"another file of the same name is in this import{(first is null ? "" : $" ({first})")}; file names identify articles, so rename one";

    private const int MaxDescription = 300;

    public static IReadOnlyList<string> Absolute(IEnumerable<string> paths) => paths.Select(Path.GetFullPath).ToList();

    public static string Describe(IEnumerable<string> paths)
    {
        var text = string.Join(", ", paths);
        return text.Length <= MaxDescription ? text : text[..MaxDescription] + "…";
    }
}
