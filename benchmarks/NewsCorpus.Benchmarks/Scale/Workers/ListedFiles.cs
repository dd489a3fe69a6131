namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// What the NewsCorpus worker needs of the corpus list: how many files, the paths a one-run import is given (whole
/// folders as folders, <see cref="ImportSources"/>), forty file names spread over the list for the page probes, and —
/// only for imports in calls of N files — the list itself. For a one-run import the list is read line by line and
/// never held, as `newscorpus import FOLDER…` holds none: at a million files it was 52 MB of the worker's import
/// peak, and still counted once let go (free space in the large-object heap stays committed).
/// </summary>
internal sealed record ListedFiles(int Count, List<string> Sources, IReadOnlyList<string> ProbeNames, IReadOnlyList<string>? All)
{
    private const int Probes = 40;

    public static ListedFiles Read(string list, int chunk)
    {
        if (chunk > 0)
        {
            var files = ScaleCorpus.ReadList(list);
            return new ListedFiles(files.Count, [], ProbeNamesOf(files, files.Count), files);
        }
        IEnumerable<string> Lines() => File.ReadLines(list).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);
        var count = Lines().Count();
        return new ListedFiles(count, ImportSources.Of(Lines), ProbeNamesOf(Lines(), count), null);
    }

    private static List<string> ProbeNamesOf(IEnumerable<string> files, int count)
    {
        var at = Enumerable.Range(0, Probes).Select(i => (int)((long)i * count / Probes)).ToHashSet();
        return [.. files.Where((_, i) => at.Contains(i)).Select(f => Path.GetFileName(f))];
    }
}
