using System.CommandLine;
using System.Diagnostics;
using NewsCorpus.Core;
using NewsCorpus.Core.Import.Writer;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Cli.Writing;

/// <summary>
/// Decides who does a write verb's work. With <c>--server</c>, the site named. Otherwise the command takes the data
/// folder's writer lock and writes itself; if a site holds the lock and advertises its address and hand-off
/// credential (<c>writer.json</c>), the work is handed to it; if another command holds it, this one waits, says
/// so, and goes on when the lock is free (or gives up after <c>--wait</c> seconds).
/// </summary>
internal static class WriterAccess
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    // rebuildsIndex: the work rebuilds the whole index (reindex). Written here, the generated spellings are checked
    // against the index's words again first, and the index is not repaired beforehand, since it is rebuilt anyway.
    public static WriteTarget Resolve(ParseResult parsed, string description, RunDisplay display, CancellationToken cancellation, bool rebuildsIndex = false)
    {
        if (parsed.GetValue(CommonOptions.Server) is { } server)
            return new SiteHandOff(SiteClient.Remote(server, parsed.GetValue(CommonOptions.Token) ?? Environment.GetEnvironmentVariable("NEWSCORPUS_TOKEN")));
        if (parsed.GetValue(CommonOptions.Token) is not null)
            throw new UsageException("--token goes with --server");
        var options = CommonOptions.Options(parsed);
        var wait = parsed.GetValue(CommonOptions.Wait) is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : Timeout.InfiniteTimeSpan;
        var waited = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (WriterLock.TryAcquire(options.DataDir, WriterHolder.ThisProcess(WriterKind.CommandLine, description)) is { } writerLock)
                return new LocalWriter(OpenWriter(options, writerLock, display, rebuildsIndex));
            var holder = WriterLock.CurrentHolder(options.DataDir);
            if (holder is { Kind: WriterKind.Site, Url: { } url, HandOffToken: { } token })
            {
                display.Note($"The web app (pid {holder.ProcessId}) is writing {options.DataDir}: handing the work to it at {url}.");
                return new SiteHandOff(SiteClient.Local(url, token));
            }
            if (wait != Timeout.InfiniteTimeSpan && waited.Elapsed >= wait)
                throw new CorpusSetupException(
                    $"gave up after {wait.TotalSeconds:0.#} s: {options.DataDir} is still being written by {holder?.ToString() ?? "another NewsCorpus process"}; nothing was changed")
                { IsBusy = true };
            if (!told)
            {
                display.Note($"Waiting: {options.DataDir} is being written by {holder?.ToString() ?? "another NewsCorpus process"}; "
                    + "this command goes on when it has finished (--wait SECONDS to give up sooner).");
                told = true;
            }
            cancellation.WaitHandle.WaitOne(Poll);
            cancellation.ThrowIfCancellationRequested();
        }
    }

    private static Corpus OpenWriter(NewsCorpusOptions options, WriterLock writerLock, RunDisplay display, bool rebuildsIndex)
    {
        // A command writes and serves no searches: its searcher, refreshed after every commit, is not readied for them,
        // and its index is read without a memory map (what merges read is not held as this process's memory).
        var writing = options.WithDefaults();
        writing.ServesSearches = false;
        var corpus = Corpus.OpenForWriting(writing, writerLock, repairIndex: false, reconsiderSpellings: rebuildsIndex);
        var state = corpus.CheckIndex();
        if (!state.IsCurrent && !rebuildsIndex)
        {
            display.Note($"note: {state.Describe()}; repairing it first");
            corpus.RepairIndex();
        }
        return corpus;
    }
}
