using System.IO.Compression;
using static System.FormattableString;

namespace NewsCorpus.Core.Import.Archives;

/// <summary>
/// Unpacks a <c>.zip</c> of article files into a folder, refusing what could harm the server or the store: entries
/// whose path leaves the folder (<c>../</c>, absolute, drive letters), archives inside the archive, entries over the
/// per-file limit, and — for the whole archive — too many entries, too many expanded bytes or a compression ratio
/// only a zip bomb has. Sizes are counted as bytes are written, never taken from the archive's own headers.
/// </summary>
public static class SafeZipExtractor
{
    /// <param name="zipPath">The archive.</param>
    /// <param name="targetDir">An empty folder to unpack into; left empty when the archive is refused.</param>
    /// <param name="limits">Archive-wide limits.</param>
    /// <param name="maxFileBytes">The importer's per-file limit: a larger entry is refused and not written.</param>
    public static ZipExtraction Extract(string zipPath, string targetDir, ZipLimits limits, long maxFileBytes)
    {
        Directory.CreateDirectory(targetDir);
        var root = Path.GetFullPath(targetDir) + Path.DirectorySeparatorChar;
        var archiveBytes = Math.Max(1, new FileInfo(zipPath).Length);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            var fileEntries = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.EndsWith('\\')).ToList();
            if (fileEntries.Count > limits.MaxEntries)
                return RefuseWhole(targetDir, Invariant($"the archive holds {fileEntries.Count:N0} files, over the {limits.MaxEntries:N0}-file limit"));
            var files = new List<string>();
            var refused = new List<RefusedEntry>();
            long expanded = 0;
            foreach (var entry in fileEntries)
            {
                if (EntryPath.Skipped(entry.FullName))
                    continue;
                if (EntryPath.Refusal(entry.FullName) is { } unsafePath)
                {
                    refused.Add(new RefusedEntry(entry.FullName, unsafePath));
                    continue;
                }
                if (NestedArchive.ByName(entry.FullName))
                {
                    refused.Add(new RefusedEntry(entry.FullName, NestedArchive.Reason));
                    continue;
                }
                var target = Path.GetFullPath(Path.Combine(targetDir, EntryPath.Relative(entry.FullName)));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    refused.Add(new RefusedEntry(entry.FullName, "its path leaves the archive's folder"));
                    continue;
                }
                if (File.Exists(target))
                {
                    refused.Add(new RefusedEntry(entry.FullName, "the archive holds another entry of this path"));
                    continue;
                }
                var (written, refusal) = Write(entry, target, limits, maxFileBytes, limits.MaxExpandedBytes - expanded);
                expanded += written;
                if (refusal is EntryRefusal.WholeArchive whole)
                    return RefuseWhole(targetDir, whole.Reason);
                if (expanded > limits.RatioCheckedAboveBytes && expanded / archiveBytes > limits.MaxCompressionRatio)
                    return RefuseWhole(targetDir, $"the archive expands more than {limits.MaxCompressionRatio}:1, as only a zip bomb does");
                if (refusal is EntryRefusal.OneEntry one)
                    refused.Add(new RefusedEntry(entry.FullName, one.Reason));
                else
                    files.Add(target);
            }
            return new ZipExtraction(files, refused, null);
        }
        catch (InvalidDataException e)
        {
            return RefuseWhole(targetDir, $"not a readable zip archive: {e.Message}");
        }
    }

    private static (long Written, EntryRefusal? Refusal) Write(ZipArchiveEntry entry, string target, ZipLimits limits, long maxFileBytes, long budget)
    {
        if (entry.Length > maxFileBytes)
            return (0, new EntryRefusal.OneEntry(Invariant($"the file is {entry.Length:N0} bytes, over the {maxFileBytes:N0}-byte limit")));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var compressed = Math.Max(1, entry.CompressedLength);
        var buffer = new byte[81920];
        long written = 0;
        EntryRefusal? refusal = null;
        using (var input = entry.Open())
        using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            int read;
            while (refusal is null && (read = input.Read(buffer)) > 0)
            {
                if (written == 0 && NestedArchive.ByHeader(buffer.AsSpan(0, read)))
                    refusal = new EntryRefusal.OneEntry(NestedArchive.Reason);
                else if (written + read > maxFileBytes)
                    refusal = new EntryRefusal.OneEntry(Invariant($"the file expands past the {maxFileBytes:N0}-byte limit"));
                else if (written + read > budget)
                    refusal = new EntryRefusal.WholeArchive(Invariant($"the archive expands past the {limits.MaxExpandedBytes:N0}-byte limit"));
                else if (written + read > limits.RatioCheckedAboveBytes && (written + read) / compressed > limits.MaxCompressionRatio)
                    refusal = new EntryRefusal.WholeArchive($"an entry expands more than {limits.MaxCompressionRatio}:1, as only a zip bomb does");
                else
                {
                    output.Write(buffer, 0, read);
                    written += read;
                }
            }
        }
        if (refusal is not null)
            File.Delete(target);
        return (written, refusal);
    }

    private static ZipExtraction RefuseWhole(string targetDir, string reason)
    {
        foreach (var item in new DirectoryInfo(targetDir).EnumerateFileSystemInfos())
        {
            if (item is DirectoryInfo folder)
                folder.Delete(recursive: true);
            else
                item.Delete();
        }
        return ZipExtraction.RefusedWhole(reason);
    }

    private abstract record EntryRefusal(string Reason)
    {
        public sealed record OneEntry(string Reason) : EntryRefusal(Reason);
        public sealed record WholeArchive(string Reason) : EntryRefusal(Reason);
    }
}
