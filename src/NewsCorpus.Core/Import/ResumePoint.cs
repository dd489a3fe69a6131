namespace NewsCorpus.Core.Import;

/// <summary>A file an import still has to go through, or an outcome already decided for it (refused before reading).</summary>
internal sealed record PendingFile(string Path, ImportFileResult? Refusal);

/// <summary>
/// Where an import run stands: the files it still has to go through, given the outcomes it already recorded (none
/// for a new run). File names identify articles, so a second file of a name already in the run is refused, and a
/// resumed run skips, name by name, as many files as it recorded (<paramref name="recordedNames"/>: how many files
/// of each name the run's record holds).
/// </summary>
internal sealed class ResumePoint(IReadOnlyDictionary<string, int> recordedNames)
{
    /// <summary>The files still to go through, in order; each enumeration walks them afresh.</summary>
    public IEnumerable<PendingFile> Pending(IReadOnlyList<ImportFileResult> refused, IReadOnlyList<string> files)
    {
        var toSkip = new Dictionary<string, int>(recordedNames, StringComparer.Ordinal);
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var refusal in refused)
        {
            if (!Skip(toSkip, refusal.File))
                yield return new PendingFile(refusal.File, refusal);
        }
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (Skip(toSkip, name))
            {
                seen.TryAdd(name, null);
                continue;
            }
            if (seen.TryGetValue(name, out var first))
            {
                yield return new PendingFile(file, Importer.Failed(name, ImportSource.SameName(first)));
                continue;
            }
            seen.Add(name, file);
            yield return new PendingFile(file, null);
        }
    }

    private static bool Skip(Dictionary<string, int> toSkip, string key)
    {
        if (!toSkip.TryGetValue(key, out var count) || count == 0)
            return false;
        toSkip[key] = count - 1;
        return true;
    }
}
