using NewsCorpus.Core.Import;

namespace NewsCorpus.Cli.Writing;

/// <summary>
/// The files a remote import sends, grouped into uploads the site accepts (a few hundred files, tens of megabytes
/// each). Folders are walked here as a local import walks them (<see cref="ImportSource.Files"/>: only regular files
/// are sent; pipes, devices, symlink loops and hidden entries are reported); a second file of a name already sent is refused
/// here with the importer's reason, since each upload is a run of its own on the site.
/// </summary>
internal static class UploadBatches
{
    public static IEnumerable<List<string>> Of(IReadOnlyList<string> paths, List<ImportFileResult> refused, int maxFiles, long maxBytes)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var batch = new List<string>();
        long bytes = 0;
        foreach (var file in ImportSource.Files(paths, refused))
        {
            var name = Path.GetFileName(file);
            if (seen.TryGetValue(name, out var first))
            {
                refused.Add(new ImportFileResult(name, ImportOutcome.Failed, Error: ImportSource.SameName(first)));
                continue;
            }
            seen.Add(name, file);
            var length = new FileInfo(file).Length;
            if (batch.Count > 0 && (batch.Count >= maxFiles || bytes + length > maxBytes))
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }
            batch.Add(file);
            bytes += length;
        }
        if (batch.Count > 0)
            yield return batch;
    }
}
