using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Core.Storage;

/// <summary>What a backup wrote.</summary>
public sealed record BackupReport(string Database, long Bytes, int Articles, int KeyFiles);

/// <summary>
/// Copies a data folder's store while the site keeps running: SQLite's <c>VACUUM INTO</c> writes a consistent,
/// compacted copy from one read transaction (WAL lets the site go on writing meanwhile), and the data-protection
/// keys are copied beside it. The Lucene index is not copied: it is derived, and rebuilt from the store when
/// NewsCorpus first opens the copy as its data folder.
/// </summary>
public static class StoreBackup
{
    public const string DatabaseFile = "newscorpus.db";
    public const string KeysFolder = "keys";

    /// <param name="dataDir">The data folder to back up; it is only read.</param>
    /// <param name="destination">A new or empty folder, which becomes a data folder NewsCorpus can open.</param>
    public static BackupReport Write(string dataDir, string destination)
    {
        var source = Path.Combine(dataDir, DatabaseFile);
        if (!File.Exists(source))
            throw new CorpusSetupException($"There is no store to back up: {source} does not exist. Check --data-dir (or NewsCorpus:DataDir).");
        if (Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any())
            throw new InvalidOperationException($"The backup folder {destination} is not empty: name a new or empty folder.");
        Directory.CreateDirectory(destination);
        var target = Path.Combine(destination, DatabaseFile);
        using (var connection = Open(source, SqliteOpenMode.ReadOnly))
        using (var vacuum = connection.CreateCommand())
        {
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", target);
            vacuum.ExecuteNonQuery();
        }
        return new BackupReport(target, new FileInfo(target).Length, CountArticles(target), CopyKeys(dataDir, destination));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static int CountArticles(string database)
    {
        using var connection = Open(database, SqliteOpenMode.ReadOnly);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM articles";
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // Without the keys, sign-in cookies and antiforgery tokens issued before the backup cannot be read after a restore.
    private static int CopyKeys(string dataDir, string destination)
    {
        var keys = Path.Combine(dataDir, KeysFolder);
        if (!Directory.Exists(keys))
            return 0;
        var copied = Directory.CreateDirectory(Path.Combine(destination, KeysFolder)).FullName;
        var files = Directory.GetFiles(keys, "*.xml");
        foreach (var file in files)
            File.Copy(file, Path.Combine(copied, Path.GetFileName(file)));
        return files.Length;
    }
}
