namespace NewsCorpus.Core.Import.Files;

/// <summary>An entry of an import's folders that is not imported: refused (a failure) or skipped on purpose.</summary>
internal readonly record struct WalkRefusal(string Path, string Reason, bool Skipped);

/// <summary>
/// Walks the folders given to an import, never throwing: symlinks to folders are followed, but each folder is
/// entered once, by identity (device and inode), so a symlink loop is walked once and reported rather than walked
/// forever; a folder that cannot be read, an over-long path, a pipe, device or socket (or a link to one) is
/// reported and the rest is walked; hidden entries (names starting with a dot) are skipped and listed. Files come
/// out in ordinal order, so an import reads them in the same order every time.
/// </summary>
internal static class ImportFileWalk
{
    public static (List<string> Files, List<WalkRefusal> Refused) FilesIn(string folder)
    {
        var files = new List<string>();
        var refused = new List<WalkRefusal>();
        var entered = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new Stack<string>();
        folders.Push(folder);
        while (folders.Count > 0)
        {
            var current = folders.Pop();
            var status = EntryStatus.Of(current);
            if (status.Type != EntryType.Directory)
            {
                refused.Add(new WalkRefusal(current, status.Refusal() ?? "not a folder", Skipped: false));
                continue;
            }
            if (!entered.TryAdd(status.Identity, current))
            {
                refused.Add(new WalkRefusal(current,
                    $"a link to a folder this import already walks ({entered[status.Identity]}); not followed again, so a symlink loop ends here",
                    Skipped: true));
                continue;
            }
            foreach (var entry in Entries(current, refused))
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                {
                    refused.Add(new WalkRefusal(entry, "hidden (its name starts with a dot); rename it to import it", Skipped: true));
                    continue;
                }
                var entryStatus = EntryStatus.Of(entry);
                if (entryStatus.Type == EntryType.Directory)
                    folders.Push(entry);
                else if (entryStatus.Type == EntryType.Regular)
                    files.Add(entry);
                else
                    refused.Add(new WalkRefusal(entry, entryStatus.Refusal()!, Skipped: false));
            }
        }
        files.Sort(StringComparer.Ordinal);
        refused.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return (files, refused);
    }

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
