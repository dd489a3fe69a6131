using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// What the site's writer does first when it starts, before new requests: bring the index up to date with the
/// store (exactly the changes past the sequence it recorded), queue a rebuild when it was analyzed differently,
/// resume the runs earlier writers left unfinished, import the sample folder on a first start (only for the
/// default data folder, or when <c>NewsCorpus:ImportSamples</c> is true), and reparse when the catalogs or parsing
/// rules changed. Pages serve throughout.
/// </summary>
public sealed partial class StartupImport(ILogger<StartupImport> logger)
{
    private const string Site = "site";
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up work has finished (or there was none).</summary>
    public Task Completed => _done.Task;

    internal void MarkCompleted() => _done.TrySetResult();

    /// <summary>Repairs what is quick and returns the runs to queue, in order.</summary>
    internal List<ImportRun> Plan(NewsCorpus.Core.Corpus corpus)
    {
        var runs = new List<ImportRun>();
        var unfinished = corpus.Runs.Unfinished();
        RunStaging.RemoveOrphans(corpus.Options.DataDir, unfinished);
        var index = corpus.CheckIndex();
        if (index.NeedsRebuild)
        {
            LogRebuilding(index.Reason);
            if (!unfinished.Any(r => r.Kind == RunKind.Reindex))
                runs.Add(corpus.Runs.Create(RunKind.Reindex, Site, $"start-up: {index.Reason}"));
        }
        else if (index.MissingChanges > 0)
        {
            LogCatchingUp(index.MissingChanges);
            corpus.RepairIndex();
        }
        foreach (var run in unfinished)
            LogResuming(run.Kind, run.Id, run.Done, run.Total);
        runs.AddRange(unfinished);
        var folder = corpus.Options.ArticlesDir;
        var firstStart = corpus.Store.Count() == 0 && corpus.Runs.Recent(1).Count == 0;
        if (firstStart && (corpus.Options.ImportSamples ?? corpus.Options.IsDefaultDataDir) && Directory.Exists(folder))
        {
            LogImporting(folder);
            runs.Add(corpus.Runs.Create(RunKind.Import, Site, $"first start: {folder}", [folder]));
        }
        else if (!corpus.StoreIsCurrent && !unfinished.Any(r => r.Kind == RunKind.Reparse))
        {
            LogReparsing();
            runs.Add(corpus.Runs.Create(RunKind.Reparse, Site, "start-up: catalogs or parsing rules changed"));
        }
        return runs;
    }

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "The search index must be rebuilt ({Reason}): queued; pages serve the old index meanwhile")]
    private partial void LogRebuilding(string? reason);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Information, Message = "The search index is behind the store by {Missing} change(s): indexing them")]
    private partial void LogCatchingUp(long missing);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Resuming the unfinished {Kind} run {Id} ({Done}/{Total} done)")]
    private partial void LogResuming(RunKind kind, string id, int done, int total);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "First start: importing {Folder}")]
    private partial void LogImporting(string folder);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Catalogs or parsing rules changed since the articles were parsed: parsing them again")]
    private partial void LogReparsing();
}
