using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Turns the paths given to an import (files, or folders searched recursively) into the files to read; the walk
/// itself, and what it refuses or skips, is <see cref="ImportFileWalk"/>.
/// </summary>
internal static class ImportPaths
{
    /// <summary>The files under <paramref name="paths"/> in a stable order; what is not imported is reported in <paramref name="results"/>.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, List<ImportFileResult> results)
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
                var (files, refused) = ImportFileWalk.FilesIn(path);
                results.AddRange(refused.Select(r => new ImportFileResult(r.Path, r.Skipped ? ImportOutcome.Skipped : ImportOutcome.Failed, Error: r.Reason)));
                foreach (var file in files)
                    yield return file;
            }
            else
            {
                results.Add(Importer.Failed(path, status.Refusal()!));
            }
        }
    }
}
