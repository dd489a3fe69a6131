using Mono.Unix.Native;

namespace NewsCorpus.Core.Import.Files;

/// <summary>What a path names, as the import sees it before opening anything.</summary>
internal enum EntryType
{
    Regular,
    Directory,
    NamedPipe,
    Device,
    Socket,
    Missing,
    PathTooLong,
    Denied,
    LinkLoop,
    Unknown,
}

/// <summary>
/// The type of a path (links followed), whether the path itself is a symlink, and the identity of what it names
/// (device and inode on Unix, the final real path elsewhere), read with <c>stat</c>/<c>lstat</c>: the BCL cannot
/// tell a named pipe or a device from a file without opening it, and opening a pipe waits for a writer forever.
/// </summary>
internal readonly record struct EntryStatus(EntryType Type, bool IsLink, string Identity)
{
    public static EntryStatus Of(string path) => OperatingSystem.IsWindows() ? OfWindowsPath(path) : OfUnixPath(path);

    private static EntryStatus OfUnixPath(string path)
    {
        var isLink = Syscall.lstat(path, out var own) == 0 && (own.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFLNK;
        if (Syscall.stat(path, out var target) != 0)
        {
            var type = Stdlib.GetLastError() switch
            {
                Errno.ENOENT or Errno.ENOTDIR => EntryType.Missing,
                Errno.ENAMETOOLONG => EntryType.PathTooLong,
                Errno.EACCES or Errno.EPERM => EntryType.Denied,
                Errno.ELOOP => EntryType.LinkLoop,
                _ => EntryType.Unknown,
            };
            return new EntryStatus(type, isLink, "");
        }
        var kind = (target.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => EntryType.Regular,
            FilePermissions.S_IFDIR => EntryType.Directory,
            FilePermissions.S_IFIFO => EntryType.NamedPipe,
            FilePermissions.S_IFCHR or FilePermissions.S_IFBLK => EntryType.Device,
            FilePermissions.S_IFSOCK => EntryType.Socket,
            _ => EntryType.Unknown,
        };
        return new EntryStatus(kind, isLink, $"{target.st_dev}:{target.st_ino}");
    }

    // Windows has no pipes or devices in folders; a directory's identity is where its links finally lead.
    private static EntryStatus OfWindowsPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var isLink = info.LinkTarget is not null;
            if (Directory.Exists(path))
            {
                var real = Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
                return new EntryStatus(EntryType.Directory, isLink, real.ToUpperInvariant());
            }
            return new EntryStatus(File.Exists(path) ? EntryType.Regular : EntryType.Missing, isLink, "");
        }
        catch (PathTooLongException)
        {
            return new EntryStatus(EntryType.PathTooLong, false, "");
        }
        catch (UnauthorizedAccessException)
        {
            return new EntryStatus(EntryType.Denied, false, "");
        }
        catch (IOException)
        {
            return new EntryStatus(EntryType.Unknown, false, "");
        }
    }

    /// <summary>Why this entry is not read as an article file, in words an admin understands; null for a regular file.</summary>
    public string? Refusal() => Type switch
    {
        EntryType.Regular => null,
        EntryType.Directory => "a folder, where a file was expected",
        EntryType.NamedPipe => Linked("a named pipe (FIFO), not a file: only regular files are imported, and reading a pipe can wait forever"),
        EntryType.Device => Linked("a device, not a file: only regular files are imported, and a device can be endless"),
        EntryType.Socket => Linked("a socket, not a file: only regular files are imported"),
        EntryType.Missing => IsLink ? "a link to something that does not exist" : "no such file or folder",
        EntryType.PathTooLong => "the path is longer than the system allows; move the file to a shorter path",
        EntryType.Denied => "permission denied: the importing user may not read it",
        EntryType.LinkLoop => "a link that leads back to itself (a symlink loop)",
        _ => "not a regular file: only regular files are imported",
    };

    private string Linked(string reason) => IsLink ? "a link to " + reason : reason;
}
