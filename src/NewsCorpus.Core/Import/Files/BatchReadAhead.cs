using NewsCorpus.Core.Ingestion.Html;

namespace NewsCorpus.Core.Import.Files;

/// <summary>
/// Reads the next batch's files on a thread of their own while the batch before them is parsed, stored and indexed.
/// A file not in the system's file cache (a folder copied in long ago, the normal case for a large import from disk)
/// kept a parsing core waiting for the disk: a 20,000-file import ran 7–9% slower with the cache dropped first. Read
/// ahead, the wait overlaps the work; a file already cached costs what it did, read on another thread.
/// </summary>
/// <remarks>
/// Files are read exactly as <see cref="SafeFileReader"/> reads them (the same refusals: special files, over the size
/// limit, unreadable), so a file's outcome does not depend on when it was read. At most
/// <see cref="MaxBytesAhead"/> are held at once; the files past it are read by the batch itself, as before.
/// </remarks>
internal static class BatchReadAhead
{
    /// <summary>Bytes read ahead and held at most: a batch of ordinary articles is about 2 MB.</summary>
    internal const long MaxBytesAhead = 32L * 1024 * 1024;

    /// <summary>
    /// Each batch with what reading its files gave (<c>null</c> for a file left to the batch: refused before reading,
    /// not an article's format, or past <paramref name="maxBytesAhead"/>); the next batch is read while this one is used.
    /// </summary>
    public static IEnumerable<(PendingFile[] Files, FileRead?[] Reads)> Of(
        IEnumerable<PendingFile[]> batches, long maxFileBytes, long maxBytesAhead = MaxBytesAhead)
    {
        using var pending = batches.GetEnumerator();
        if (!pending.MoveNext())
            yield break;
        var current = pending.Current;
        var reading = ReadOnItsOwnThread(current, maxFileBytes, maxBytesAhead);
        try
        {
            while (true)
            {
                var reads = reading.GetAwaiter().GetResult();
                var next = pending.MoveNext() ? pending.Current : null;
                if (next is not null)
                    reading = ReadOnItsOwnThread(next, maxFileBytes, maxBytesAhead);
                yield return (current, reads);
                if (next is null)
                    yield break;
                current = next;
            }
        }
        finally
        {
            // Stopped early (cancelled, failed): the reads in flight end before the run's staged files may be removed.
            if (!reading.IsCompleted)
                ((IAsyncResult)reading).AsyncWaitHandle.WaitOne();
        }
    }

    // A thread of its own, not the thread pool's: the reads wait on the disk, and the batch's parsing takes the pool's
    // threads (in the site the run itself is on one), which would otherwise wait for the pool to add a thread.
    private static Task<FileRead?[]> ReadOnItsOwnThread(PendingFile[] batch, long maxFileBytes, long maxBytesAhead) =>
        Task.Factory.StartNew(() => Read(batch, maxFileBytes, maxBytesAhead), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static FileRead?[] Read(PendingFile[] batch, long maxFileBytes, long maxBytesAhead)
    {
        var reads = new FileRead?[batch.Length];
        var held = 0L;
        for (var i = 0; i < batch.Length && held < maxBytesAhead; i++)
        {
            if (batch[i].Refusal is not null || !ArticleFormat.IsAccepted(Path.GetFileName(batch[i].Path)))
                continue;
            try
            {
                var read = SafeFileReader.Read(batch[i].Path, maxFileBytes);
                reads[i] = read;
                held += read.Bytes?.Length ?? 0;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Left to the batch, which reads it again and reports what goes wrong in the file's own words.
            }
        }
        return reads;
    }
}
