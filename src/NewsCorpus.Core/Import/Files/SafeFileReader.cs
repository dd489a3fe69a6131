using static System.FormattableString;

namespace NewsCorpus.Core.Import.Files;

/// <summary>The bytes of an article file, or why it was not read.</summary>
internal readonly record struct FileRead(byte[]? Bytes, string? Refusal);

/// <summary>
/// Reads an article file safely: only a regular file is opened (a pipe, device or socket, or a link to one, is
/// refused by its type), and the size limit is checked on what is read, never on the length the file system
/// reports — a link to <c>/dev/zero</c> reports 0 bytes and never ends. At most limit + 1 bytes are read.
/// </summary>
internal static class SafeFileReader
{
    public static FileRead Read(string path, long maxBytes)
    {
        if (EntryStatus.Of(path).Refusal() is { } refusal)
            return new FileRead(null, refusal);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (buffer.Length <= maxBytes)
            {
                var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
                var read = stream.Read(chunk, 0, wanted);
                if (read == 0)
                    return new FileRead(buffer.ToArray(), null);
                buffer.Write(chunk, 0, read);
            }
            return new FileRead(null, Invariant($"the file is over the {maxBytes:N0}-byte limit"));
        }
        catch (PathTooLongException)
        {
            return new FileRead(null, "the path is longer than the system allows; move the file to a shorter path");
        }
        catch (UnauthorizedAccessException)
        {
            return new FileRead(null, "permission denied: the importing user may not read it");
        }
        catch (IOException e)
        {
            return new FileRead(null, $"the file could not be read: {e.Message}");
        }
    }
}
