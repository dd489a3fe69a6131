using System.CommandLine;
using NewsCorpus.Cli.Writing;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// <c>import PATH...</c>: import article files, folders and zips; exit 1 when some files failed. Writes the data
/// folder itself, or hands the work to the site that is writing it (or to <c>--server</c>), with the same report.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files, folders (searched recursively) and .zip archives of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Import article files into the store and the search index.")
        {
            paths, CommonOptions.Json, CommonOptions.Server, CommonOptions.Token, CommonOptions.Wait,
        };
        command.SetAction(parsed =>
        {
            var given = parsed.GetValue(paths)!;
            var json = parsed.GetValue(CommonOptions.Json);
            var display = new RunDisplay(json);
            using var ctrlC = new CtrlC();
            using var target = WriterAccess.Resolve(parsed, "newscorpus import " + ImportSource.Describe(given), display, ctrlC.Token);
            var summary = target switch
            {
                LocalWriter local => ImportLocally(local, given, display, ctrlC.Token),
                SiteHandOff site => ImportThroughSite(site.Client, given, display, ctrlC.Token),
                _ => throw new InvalidOperationException("unknown write target"),
            };
            summary.Print(json);
            if (target is LocalWriter { Corpus.StoreIsCurrent: false })
                // On stderr, so --json output stays one JSON document.
                Console.Error.WriteLine(TerminalStyle.Error.Warning("note:") + " articles stored earlier were parsed with other catalogs or rules; run `reparse` to bring them up to date");
            return summary.ExitCode;
        });
        return command;
    }

    private static ImportSummary ImportLocally(LocalWriter local, string[] paths, RunDisplay display, CancellationToken cancellation)
    {
        var corpus = local.Corpus;
        LocalRuns.FinishEarlier(corpus, display, cancellation);
        var run = corpus.Runs.Create(RunKind.Import, RequestedBy.CommandLine, ImportSource.Describe(paths), ImportSource.Absolute(paths));
        var finished = LocalRuns.Execute(corpus, run, display, RunStatus.Failed, listFiles: true, cancellation);
        // From the run's record, which has every file's outcome: only the ones the summary lists are read back.
        var notRead = corpus.Runs.FailedOrSkipped(run.Id).Select(f => new ImportFileResult(f.File, f.Outcome, f.ArticleId, f.Error)).ToList();
        return ImportSummary.NotRead(notRead, finished.Status.ToString().ToLowerInvariant(), finished.Error) with
        {
            Imported = finished.Imported, Updated = finished.Updated, Unchanged = finished.Unchanged,
        };
    }

    private static ImportSummary ImportThroughSite(SiteClient site, string[] paths, RunDisplay display, CancellationToken cancellation)
    {
        var refusedHere = new List<ImportFileResult>();
        var ids = site.StartImport(paths, refusedHere);
        display.Files(refusedHere);
        var summary = ImportSummary.NotRead(refusedHere, "done", null);
        foreach (var id in ids)
        {
            display.Note($"The site queued import run {id}.");
            var (run, files) = site.Follow(id, display, listFiles: true, cancellation);
            summary = summary.Add(run, files);
        }
        return summary;
    }
}
