using System.Text.Json;

namespace NewsCorpus.Core.Import.Writer;

/// <summary>
/// The data folder's one-writer lock: <c>DATA_DIR/writer.lock</c>, held open with <see cref="FileShare.None"/> for as
/// long as a process may write the store or the index (on Linux and macOS .NET takes <c>flock(LOCK_EX|LOCK_NB)</c>
/// on it, on Windows a sharing lock). The operating system releases it when the process ends, however it ends, so
/// a killed writer never leaves the folder locked. Lucene's own <c>write.lock</c> is not enough here: it did not
/// exclude a second process. Who holds the lock is written beside it (<c>writer.json</c>, mode 0600) for messages
/// and for the hand-off to a running site.
/// </summary>
public sealed class WriterLock : IDisposable
{
    public const string LockFileName = "writer.lock";
    public const string HolderFileName = "writer.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly FileStream _lock;

    private WriterLock(string dataDir, FileStream lockFile, WriterHolder holder)
    {
        DataDir = dataDir;
        _lock = lockFile;
        Holder = holder;
        Advertise(holder);
    }

    public string DataDir { get; }

    /// <summary>Who holds the lock, as last advertised.</summary>
    public WriterHolder Holder { get; private set; }

    /// <summary>Takes the lock of <paramref name="dataDir"/>, or returns null at once when another process (or another opening in this one) holds it.</summary>
    public static WriterLock? TryAcquire(string dataDir, WriterHolder holder)
    {
        Directory.CreateDirectory(dataDir);
        try
        {
            var file = new FileStream(Path.Combine(dataDir, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new WriterLock(dataDir, file, holder);
        }
        catch (IOException) when (File.Exists(Path.Combine(dataDir, LockFileName)))
        {
            return null;
        }
    }

    /// <summary>Takes the lock of <paramref name="dataDir"/> or throws <see cref="WriterLockHeldException"/> naming its holder.</summary>
    public static WriterLock Acquire(string dataDir, WriterHolder holder) =>
        TryAcquire(dataDir, holder) ?? throw new WriterLockHeldException(dataDir, CurrentHolder(dataDir));

    /// <summary>
    /// Who holds the lock of <paramref name="dataDir"/> by its own account, or null when nobody says (no holder, a
    /// holder just starting, or a record the reader may not read). Only meaningful while the lock is held.
    /// </summary>
    public static WriterHolder? CurrentHolder(string dataDir)
    {
        try
        {
            var holder = JsonSerializer.Deserialize<WriterHolder>(File.ReadAllText(Path.Combine(dataDir, HolderFileName)), Json);
            return holder is not null && holder.IsAlive ? holder : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Replaces the holder record, e.g. once the site knows its address and hand-off credential.</summary>
    public void Advertise(WriterHolder holder)
    {
        Holder = holder;
        var path = Path.Combine(DataDir, HolderFileName);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        // The record may carry the hand-off credential: only the account that owns the data folder may read it.
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.Delete(temporary);
        using (var stream = new FileStream(temporary, options))
            JsonSerializer.Serialize(stream, holder, Json);
        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose()
    {
        // Removed while still holding the lock, so a record written by the next holder is never deleted.
        File.Delete(Path.Combine(DataDir, HolderFileName));
        _lock.Dispose();
    }
}
