using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Import;

/// <summary>
/// How an import reads its paths, the same wherever it runs: folders walked recursively in a stable order by
/// <see cref="ImportFileWalk"/> (hidden entries, symlink loops, pipes, devices and unreadable folders reported, not
/// read), file names as article keys, and paths recorded absolute so any writer can resume the run.
/// </summary>
public static class ImportSource
{
    /// <summary>
    /// The regular files <paramref name="paths"/> name (files as given, folders walked), judged by type before
    /// anything is opened; every entry that is not read goes to <paramref name="notRead"/> as failed or skipped.
    /// </summary>
    public static IEnumerable<string> Files(IEnumerable<string> paths, List<ImportFileResult> notRead)
    {
        foreach (var path in paths)
        {
            var status = EntryStatus.Of(path);
            if (status.Type == EntryType.Regular)
            {
                yield return path;
            }
            else if (status.Type == EntryType.Directory)
            {
                foreach (var file in FilesIn(path, notRead))
                    yield return file;
            }
            else
            {
                notRead.Add(Importer.Failed(path, status.Refusal()!));
            }
        }
    }

    /// <summary>
    /// The files under <paramref name="folder"/>, recursively, in ordinal order, as the walk finds them; what is left
    /// out goes to <paramref name="notRead"/> as the walk passes it.
    /// </summary>
    public static IEnumerable<string> FilesIn(string folder, List<ImportFileResult> notRead)
    {
        var refused = new List<WalkRefusal>();
        foreach (var file in ImportFileWalk.FilesIn(folder, refused))
        {
            NotRead(refused, notRead);
            yield return file;
        }
        NotRead(refused, notRead);
    }

    private static void NotRead(List<WalkRefusal> refused, List<ImportFileResult> notRead)
    {
        notRead.AddRange(refused.Select(r => new ImportFileResult(r.Path, r.Skipped ? ImportOutcome.Skipped : ImportOutcome.Failed, Error: r.Reason)));
        refused.Clear();
    }

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
