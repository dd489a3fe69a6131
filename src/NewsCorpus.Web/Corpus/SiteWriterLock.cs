using NewsCorpus.Core.Import.Writer;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// Takes the data folder's writer lock for the site, which holds it for as long as it runs. When a command-line
/// import holds it, the site waits for it to finish, saying so in the log every few seconds.
/// </summary>
internal static partial class SiteWriterLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    public static WriterLock Acquire(string dataDir, ILogger logger)
    {
        var holder = WriterHolder.ThisProcess(WriterKind.Site, "the NewsCorpus web app");
        var lastLog = DateTimeOffset.MinValue;
        while (true)
        {
            if (WriterLock.TryAcquire(dataDir, holder) is { } writerLock)
                return writerLock;
            if (DateTimeOffset.UtcNow - lastLog >= LogEvery)
            {
                LogWaiting(logger, dataDir, WriterLock.CurrentHolder(dataDir)?.ToString() ?? "another NewsCorpus process");
                lastLog = DateTimeOffset.UtcNow;
            }
            Thread.Sleep(Poll);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the data folder {DataDir}: {Holder} is writing it; the site starts when it has finished")]
    private static partial void LogWaiting(ILogger logger, string dataDir, string holder);
}
