namespace NewsCorpus.Core.Import.Runs;

/// <summary>
/// A run's working folder under <c>DATA_DIR/staging/</c>: uploaded files wait there until their run finishes (so a
/// restart can still import them), and archives are unpacked there. Removed when the run is done or failed.
/// </summary>
public static class RunStaging
{
    public const string FolderName = "staging";

    /// <summary>A new folder for files a run will read (uploads), before the run is recorded.</summary>
    public static string CreateFolder(string dataDir)
    {
        var folder = Path.Combine(dataDir, FolderName, Guid.CreateVersion7().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The run's own folder, or one named after the run when it was given none.</summary>
    public static string Folder(ImportRun run, string dataDir) => run.StagingDir ?? Path.Combine(dataDir, FolderName, run.Id);

    public static void Remove(ImportRun run, string dataDir)
    {
        var folder = Folder(run, dataDir);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>Removes folders no unfinished run needs (left by a writer killed between staging uploads and recording their run).</summary>
    public static void RemoveOrphans(string dataDir, IEnumerable<ImportRun> unfinished)
    {
        var root = Path.Combine(dataDir, FolderName);
        if (!Directory.Exists(root))
            return;
        var needed = unfinished.Select(r => Path.GetFullPath(Folder(r, dataDir))).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(root).Where(f => !needed.Contains(Path.GetFullPath(f))))
            Directory.Delete(folder, recursive: true);
    }
}
