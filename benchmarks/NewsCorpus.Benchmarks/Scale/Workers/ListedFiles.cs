namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// What the NewsCorpus worker needs of the corpus list: how many files, the paths a one-run import is given (whole
/// folders as folders, <see cref="ImportSources"/>), forty file names spread over the list for the page probes, and —
/// only for imports in calls of N files — the list itself. A one-run import lets go of the list before it starts,
/// as `newscorpus import FOLDER…` never holds one: at a million files it was 52 MB of the worker's import peak.
/// </summary>
internal sealed record ListedFiles(int Count, List<string> Sources, IReadOnlyList<string> ProbeNames, IReadOnlyList<string>? All)
{
    private const int Probes = 40;

    public static ListedFiles Read(string list, int chunk)
    {
        var files = ScaleCorpus.ReadList(list);
        var probeNames = Enumerable.Range(0, Probes).Select(i => Path.GetFileName(files[(int)((long)i * files.Count / Probes)])).ToList();
        return new ListedFiles(files.Count, chunk > 0 ? [] : ImportSources.Of(files), probeNames, chunk > 0 ? files : null);
    }
}
