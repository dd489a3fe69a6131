using NewsCorpus.Core;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Writing;

/// <summary>Runs recorded work in this process, which holds the writer lock, showing its progress.</summary>
internal static class LocalRuns
{
    /// <summary>
    /// Finishes what earlier writers left unfinished (a killed import, runs still queued when the site stopped)
    /// before the command's own work: one writer takes runs in the order they were asked for.
    /// </summary>
    public static void FinishEarlier(Corpus corpus, RunDisplay display, CancellationToken cancellation)
    {
        foreach (var run in corpus.Runs.Unfinished())
        {
            display.Note($"Finishing an earlier {Name(run.Kind)} first ({run.Status.ToString().ToLowerInvariant()}, "
                + $"{run.Done:N0}/{run.Total:N0} done, asked by {run.RequestedBy}: {run.Source}).");
            var finished = Execute(corpus, run, display, RunStatus.Interrupted, listFiles: false, cancellation);
            display.Note($"  that {Name(run.Kind)} is {finished.Status.ToString().ToLowerInvariant()}: "
                + $"{finished.Imported} imported, {finished.Updated} updated, {finished.Unchanged} unchanged, {finished.Failed} failed");
        }
    }

    /// <summary>Works through <paramref name="run"/>; Ctrl-C stops it after the batch in flight, as <paramref name="whenCancelled"/>.</summary>
    public static ImportRun Execute(Corpus corpus, ImportRun run, RunDisplay display, RunStatus whenCancelled, bool listFiles,
        CancellationToken cancellation)
    {
        var unit = run.Kind == RunKind.Import ? "files" : "articles";
        var finished = corpus.RunExecutor.Execute(run, progress =>
        {
            if (listFiles)
                display.Files(progress.Files);
            var seconds = (DateTimeOffset.UtcNow - (corpus.Runs.Get(run.Id)?.StartedAt ?? DateTimeOffset.UtcNow)).TotalSeconds;
            display.Progress(unit, progress.Done, progress.Total, progress.Failed, seconds > 0 ? progress.Done / seconds : 0);
        }, whenCancelled, cancellation);
        display.ClearBar();
        return finished;
    }

    private static string Name(RunKind kind) => kind.ToString().ToLowerInvariant();
}
