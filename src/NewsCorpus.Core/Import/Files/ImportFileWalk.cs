namespace NewsCorpus.Core.Import.Files;

/// <summary>An entry of an import's folders that is not imported: refused (a failure) or skipped on purpose.</summary>
internal readonly record struct WalkRefusal(string Path, string Reason, bool Skipped);

/// <summary>
/// Walks the folders given to an import, never throwing: symlinks to folders are followed, but each folder is
/// entered once, by identity (device and inode), so a symlink loop is walked once and reported rather than walked
/// forever; a folder that cannot be read, an over-long path, a pipe, device or socket (or a link to one) is
/// reported and the rest is walked; hidden entries (names starting with a dot) are skipped and listed. Files come
/// out in ordinal order of their paths, so an import reads them in the same order every time.
/// </summary>
/// <remarks>
/// The walk goes depth first, each folder's entries sorted by name with a folder's name followed by the separator,
/// which is the ordinal order of the paths themselves ("a-b.txt" before "a/x.txt", "a/x.txt" before "ab.txt"); so
/// files are handed on as they are found, and only the folders being walked are held — a million files were a
/// million strings held and sorted before the first was read.
/// </remarks>
internal static class ImportFileWalk
{
    /// <summary>
    /// The regular files under <paramref name="folder"/>, recursively, in ordinal order, as the walk reaches them;
    /// entries left out go to <paramref name="refused"/> in the same order.
    /// </summary>
    public static IEnumerable<string> FilesIn(string folder, List<WalkRefusal> refused) =>
        Walk(folder, new Dictionary<string, string>(StringComparer.Ordinal), refused);

    private static IEnumerable<string> Walk(string folder, Dictionary<string, string> entered, List<WalkRefusal> refused)
    {
        var status = EntryStatus.Of(folder);
        if (status.Type != EntryType.Directory)
        {
            refused.Add(new WalkRefusal(folder, status.Refusal() ?? "not a folder", Skipped: false));
            yield break;
        }
        if (!entered.TryAdd(status.Identity, folder))
        {
            refused.Add(new WalkRefusal(folder,
                $"a link to a folder this import already walks ({entered[status.Identity]}); not followed again, so a symlink loop ends here",
                Skipped: true));
            yield break;
        }
        foreach (var (path, type) in SortedEntries(folder, refused))
        {
            if (Path.GetFileName(path).StartsWith('.'))
                refused.Add(new WalkRefusal(path, "hidden (its name starts with a dot); rename it to import it", Skipped: true));
            else if (type.Type == EntryType.Directory)
            {
                foreach (var file in Walk(path, entered, refused))
                    yield return file;
            }
            else if (type.Type == EntryType.Regular)
                yield return path;
            else
                refused.Add(new WalkRefusal(path, type.Refusal()!, Skipped: false));
        }
    }

    /// <summary>A folder's entries with what each is, in the order their paths sort in (a folder as "name/").</summary>
    private static List<(string Path, EntryStatus Status)> SortedEntries(string folder, List<WalkRefusal> refused)
    {
        var entries = Entries(folder, refused).Select(entry => (Path: entry, Status: EntryStatus.Of(entry))).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(SortKey(a.Path, a.Status), SortKey(b.Path, b.Status)));
        return entries;
    }

    private static string SortKey(string path, EntryStatus status) =>
        status.Type == EntryType.Directory ? path + Path.DirectorySeparatorChar : path;

    /// <summary>A folder's entries, or none (reported) when it cannot be listed.</summary>
    private static List<string> Entries(string folder, List<WalkRefusal> refused)
    {
        try
        {
            // Links are not followed here: each entry is judged by EntryStatus, which does not open it.
            return [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions
            {
                AttributesToSkip = 0,
                IgnoreInaccessible = false,
                RecurseSubdirectories = false,
                ReturnSpecialDirectories = false,
            })];
        }
        catch (PathTooLongException)
        {
            refused.Add(new WalkRefusal(folder, "the folder's path is longer than the system allows; nothing in it was read", Skipped: false));
        }
        catch (UnauthorizedAccessException)
        {
            refused.Add(new WalkRefusal(folder, "the folder could not be read (permission denied); nothing in it was imported", Skipped: false));
        }
        catch (IOException e)
        {
            refused.Add(new WalkRefusal(folder, $"the folder could not be read ({e.Message}); nothing in it was imported", Skipped: false));
        }
        return [];
    }
}
