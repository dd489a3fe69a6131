using NewsCorpus.Core.Import.Archives;
using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Turns the paths given to an import (files, folders searched recursively, <c>.zip</c> archives) into the files to
/// read, in a stable order, so a resumed run walks them the same way. Archives are unpacked safely
/// (<see cref="SafeZipExtractor"/>) into a folder of the run; folders are walked by <see cref="ImportSource.Files"/>;
/// what cannot be read is reported as refused, what is left out on purpose as skipped.
/// </summary>
internal sealed class ImportPaths(string unpackDir, ZipLimits zipLimits, long maxFileBytes)
{
    private int _archives;

    /// <summary>
    /// The files under <paramref name="paths"/>; a path that is missing or not a regular file, an entry the walk
    /// refuses or skips, or an archive entry that is refused goes to <paramref name="refused"/>.
    /// </summary>
    public FileList Expand(IEnumerable<string> paths, List<ImportFileResult> refused)
    {
        var files = new FileList();
        foreach (var file in ImportSource.Files(paths, refused))
            AddFile(file, files, refused);
        return files;
    }

    private void AddFile(string path, FileList files, List<ImportFileResult> refused)
    {
        if (!IsArchive(path))
        {
            AddOrRefuse(path, path, files, refused);
            return;
        }
        var name = Path.GetFileName(path);
        var target = Path.Combine(unpackDir, $"{++_archives:D4}-{name}");
        // A resumed run unpacks again from scratch rather than trusting what a killed run left half-written.
        if (Directory.Exists(target))
            Directory.Delete(target, recursive: true);
        var extraction = SafeZipExtractor.Extract(path, target, zipLimits, maxFileBytes);
        if (extraction.ArchiveRefusal is { } reason)
        {
            refused.Add(Importer.Failed(name, $"the archive was refused: {reason}"));
            return;
        }
        refused.AddRange(extraction.Refused.Select(e => Importer.Failed($"{name}/{e.Name}", e.Reason)));
        foreach (var file in extraction.Files.Order(StringComparer.Ordinal))
            AddOrRefuse(file, $"{name}/{Path.GetRelativePath(target, file)}", files, refused);
    }

    private static void AddOrRefuse(string path, string shownAs, FileList files, List<ImportFileResult> refused)
    {
        if (files.AddOrRefuse(path) is { } reason)
            refused.Add(Importer.Failed(shownAs, reason));
    }

    // By name only: a zip named otherwise is read as an article and refused as binary, with a reason.
    private static bool IsArchive(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
