using System.CommandLine;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// <c>backup DEST</c>: a consistent copy of the store (and the sign-in keys) into a new folder, safe while the web
/// app runs. It opens only the SQLite file, read-only, so it needs neither the index nor the catalogs.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var destination = new Argument<string>("DEST") { Description = "A new or empty folder; it becomes a data folder NewsCorpus can open." };
        var command = new Command("backup",
            "Copy the store and the sign-in keys to DEST while the site keeps running (SQLite online backup). The search "
            + "index is not copied: it is rebuilt from the store when NewsCorpus opens DEST as its data folder.")
        {
            destination,
            CommonOptions.Json,
        };
        command.SetAction(parsed =>
        {
            var dataDir = CommonOptions.Options(parsed).WithDefaults().DataDir;
            var target = Path.GetFullPath(parsed.GetValue(destination)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
                throw new UsageException($"the backup folder {target} is not empty: name a new or empty folder");
            var report = StoreBackup.Write(dataDir, target);
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(new { database = report.Database, bytes = report.Bytes, articles = report.Articles, key_files = report.KeyFiles });
            else
                Console.WriteLine($"backed up {report.Articles} articles ({report.Bytes:N0} bytes) and {report.KeyFiles} key file(s) to {target}");
            return CliRunner.Ok;
        });
        return command;
    }
}
