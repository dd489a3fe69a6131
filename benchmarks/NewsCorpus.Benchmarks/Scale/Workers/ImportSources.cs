namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// The paths a person would give <c>newscorpus import</c> for a corpus list: a folder whose files are all in the list
/// (and which has no subfolders) is given whole, as one path; any other listed file is given on its own.
/// </summary>
internal static class ImportSources
{
    public static List<string> Of(IReadOnlyList<string> files)
    {
        var byFolder = files.GroupBy(f => Path.GetDirectoryName(f) ?? "", StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var folder in byFolder)
        {
            var listed = folder.ToList();
            if (folder.Key.Length > 0 && IsWhole(folder.Key, listed))
                sources.Add(folder.Key);
            else
                sources.AddRange(listed);
        }
        return sources;
    }

    private static bool IsWhole(string folder, List<string> listed) =>
        !Directory.EnumerateDirectories(folder).Any()
        && Directory.EnumerateFiles(folder).Count() == listed.Distinct(StringComparer.Ordinal).Count();
}
