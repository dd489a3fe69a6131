using System.CommandLine;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Writing;

/// <summary>
/// <c>reparse</c> and <c>reindex</c>: one recorded run, done here under the writer lock or handed to the site that
/// writes the folder, with progress; returns the finished run's counts, or exits 1 when it did not finish.
/// </summary>
internal static class MaintenanceVerb
{
    public static RunCountsView Run(ParseResult parsed, RunKind kind)
    {
        var name = kind.ToString().ToLowerInvariant();
        var display = new RunDisplay(parsed.GetValue(CommonOptions.Json));
        using var ctrlC = new CtrlC();
        using var target = WriterAccess.Resolve(parsed, "newscorpus " + name, display, ctrlC.Token, rebuildsIndex: kind == RunKind.Reindex);
        RunCountsView counts;
        if (target is LocalWriter { Corpus: var corpus })
        {
            LocalRuns.FinishEarlier(corpus, display, ctrlC.Token);
            var run = corpus.Runs.Create(kind, RequestedBy.CommandLine, name);
            var finished = LocalRuns.Execute(corpus, run, display, RunStatus.Failed, listFiles: false, ctrlC.Token);
            counts = new RunCountsView(finished.Status.ToString().ToLowerInvariant(), finished.Done, finished.Updated, finished.Error);
        }
        else
        {
            var site = ((SiteHandOff)target).Client;
            var id = site.StartMaintenance(name);
            display.Note($"The site queued {name} run {id}.");
            var (run, _) = site.Follow(id, display, listFiles: false, ctrlC.Token);
            counts = new RunCountsView(run.Status, run.Done, run.Updated, run.Error);
        }
        if (counts.Status != "done")
            throw new InvalidOperationException($"the {name} did not finish ({counts.Status}{(counts.Error is null ? "" : ": " + counts.Error)}); what was committed before is kept");
        return counts;
    }
}

/// <summary>How a maintenance run ended: status, articles gone through, articles changed.</summary>
internal sealed record RunCountsView(string Status, int Done, int Changed, string? Error);
