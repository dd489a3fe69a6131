namespace NewsCorpus.Web.Corpus;

/// <summary>
/// On first start, with an empty store, imports the sample folder in the background: the site serves at once
/// and articles appear as soon as the import commits. On a later start after an editor changed a catalog in
/// <c>data/</c> (or the parsing rules changed), parses the stored articles again, also in the background: pages
/// keep serving the earlier parse until the new one is stored and indexed.
/// </summary>
public sealed partial class StartupImport(NewsCorpus.Core.Corpus corpus, ILogger<StartupImport> logger) : BackgroundService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first-start import has finished (or was not needed).</summary>
    public Task Completed => _done.Task;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        using var scope = WorkScope(logger, corpus.Options.DataDir);
        try
        {
            var folder = corpus.Options.ArticlesDir;
            if (corpus.Store.Count() > 0)
            {
                if (!corpus.Reparser.StoreIsCurrent)
                    Reparse();
                return;
            }
            if (!Directory.Exists(folder))
                return;
            LogImporting(folder);
            var report = corpus.Importer.Import([folder]);
            var failures = report.Failed.ToList();
            LogImported(report.Imported, failures.Count);
            foreach (var failed in failures)
                LogFailed(failed.File, failed.Error);
        }
        finally
        {
            _done.TrySetResult();
        }
    }, stoppingToken);

    private void Reparse()
    {
        LogReparsing();
        var report = corpus.Reparse();
        LogReparsed(report.Reparsed, report.Changed);
    }

    private static readonly Func<ILogger, string, IDisposable?> WorkScope = LoggerMessage.DefineScope<string>("Start-up work on {DataDir}");

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Catalogs or parsing rules changed since the articles were parsed: parsing them again")]
    private partial void LogReparsing();

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Reparsed {Reparsed} articles, {Changed} changed")]
    private partial void LogReparsed(int reparsed, int changed);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Empty store: importing {Folder}")]
    private partial void LogImporting(string folder);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "First-start import: {Imported} imported, {Failed} failed")]
    private partial void LogImported(int imported, int failed);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Could not import {File}: {Error}")]
    private partial void LogFailed(string file, string? error);
}
