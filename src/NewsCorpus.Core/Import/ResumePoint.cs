using NewsCorpus.Core.Import.Files;

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
    // A new run skips nothing: its files' names are not decoded just to look them up.
    private readonly bool _resuming = recordedNames.Count > 0;

    /// <summary>The files still to go through, in order; each enumeration walks them afresh.</summary>
    public IEnumerable<PendingFile> Pending(IReadOnlyList<ImportFileResult> refused, FileList files)
    {
        var toSkip = new Dictionary<string, int>(recordedNames, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var refusal in refused)
        {
            if (!Skip(toSkip, refusal.File))
                yield return new PendingFile(refusal.File, refusal);
        }
        var seen = new FileNameSet(files);
        for (var i = 0; i < files.Count; i++)
        {
            if (_resuming && Skip(toSkip, files.Name(i)))
            {
                seen.TryAdd(i, recordedBefore: true, out _);
                continue;
            }
            if (!seen.TryAdd(i, recordedBefore: false, out var first))
            {
                yield return new PendingFile(files[i], Importer.Failed(files.Name(i), ImportSource.SameName(first < 0 ? null : files[first])));
                continue;
            }
            yield return new PendingFile(files[i], null);
        }
    }

    /// <summary>How many files <see cref="Pending"/> goes through (a second file of a name counts: it is refused), without remembering names.</summary>
    public int CountPending(IReadOnlyList<ImportFileResult> refused, FileList files)
    {
        var toSkip = new Dictionary<string, int>(recordedNames, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var count = refused.Count(refusal => !Skip(toSkip, refusal.File));
        for (var i = 0; i < files.Count; i++)
        {
            if (!_resuming || !Skip(toSkip, files.Name(i)))
                count++;
        }
        return count;
    }

    private static bool Skip(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> toSkip, ReadOnlySpan<char> name)
    {
        if (!toSkip.TryGetValue(name, out var count) || count == 0)
            return false;
        toSkip[name] = count - 1;
        return true;
    }
}
