namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// The paths a person would give <c>newscorpus import</c> for a corpus list: a folder whose files are all in the list
/// (and which has no subfolders) is given whole, as one path; any other listed file is given on its own.
/// </summary>
internal static class ImportSources
{
    /// <param name="listed">Reads the list afresh (it is read twice, never held: a million paths are 200 MB as strings).</param>
    public static List<string> Of(Func<IEnumerable<string>> listed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var folders = new List<string>();
        foreach (var file in listed())
        {
            var folder = Path.GetDirectoryName(file) ?? "";
            if (!counts.TryGetValue(folder, out var count))
                folders.Add(folder);
            counts[folder] = count + 1;
        }
        var whole = folders.Where(f => f.Length > 0 && IsWhole(f, counts[f])).ToHashSet(StringComparer.Ordinal);
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in listed())
        {
            var folder = Path.GetDirectoryName(file) ?? "";
            if (!whole.Contains(folder))
            {
                if (!files.TryGetValue(folder, out var inFolder))
                    files[folder] = inFolder = [];
                inFolder.Add(file);
            }
        }
        return [.. folders.SelectMany(f => whole.Contains(f) ? [f] : files[f])];
    }

    private static bool IsWhole(string folder, int listed) =>
        !Directory.EnumerateDirectories(folder).Any() && Directory.EnumerateFiles(folder).Count() == listed;
}
