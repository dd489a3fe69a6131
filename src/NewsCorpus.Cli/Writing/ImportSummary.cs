using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Writing;

/// <summary>What an import came to, local or handed off: the summary line or JSON document, and the exit code.</summary>
internal sealed record ImportSummary(
    int Imported, int Updated, int Unchanged, IReadOnlyList<(string File, string Error)> Failed,
    IReadOnlyList<(string File, string Reason)> Skipped, string Status, string? Error)
{
    /// <summary>The summary of files an import did not get to read: the failed ones fail it, the skipped ones do not.</summary>
    public static ImportSummary NotRead(IReadOnlyCollection<ImportFileResult> files, string status, string? error) => new(0, 0, 0,
        OfOutcome(files, ImportOutcome.Failed), OfOutcome(files, ImportOutcome.Skipped), status, error);

    /// <summary>0 only when the work was done and no file failed.</summary>
    public int ExitCode => Status == "done" && Failed.Count == 0 ? CliRunner.Ok : CliRunner.Failed;

    /// <summary>Adds a run the site finished (one per upload for a remote site), with the outcomes of its files.</summary>
    public ImportSummary Add(RunJson run, IReadOnlyList<ImportFileResult> files) => new(
        Imported + run.Imported, Updated + run.Updated, Unchanged + run.Unchanged,
        [.. Failed, .. OfOutcome(files, ImportOutcome.Failed)], [.. Skipped, .. OfOutcome(files, ImportOutcome.Skipped)],
        Status == "done" ? run.Status : Status, Error ?? run.Error);

    private static List<(string File, string Error)> OfOutcome(IEnumerable<ImportFileResult> files, ImportOutcome outcome) =>
        [.. files.Where(f => f.Outcome == outcome).Select(f => (f.File, f.Error ?? ""))];

    public void Print(bool json)
    {
        if (json)
        {
            CliJson.Write(new
            {
                imported = Imported,
                updated = Updated,
                unchanged = Unchanged,
                failed = Failed.Select(f => new { file = f.File, error = f.Error }),
                skipped = Skipped.Select(f => new { file = f.File, reason = f.Reason }),
            });
        }
        else
        {
            Console.WriteLine($"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Failed.Count} failed"
                + (Skipped.Count > 0 ? $", {Skipped.Count} skipped" : ""));
        }
        if (Status != "done")
            Console.Error.WriteLine($"error: the import did not finish ({Status}{(Error is null ? "" : ": " + Error)}); what was committed before is kept");
    }
}
