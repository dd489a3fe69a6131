namespace NewsCorpus.Core.Import.Runs;

/// <summary>How many items a batch went through, by outcome.</summary>
public sealed record RunCounts(int Done, int Imported, int Updated, int Unchanged, int Failed)
{
    public static RunCounts Of(IReadOnlyCollection<ImportFileResult> files) => new(
        files.Count,
        files.Count(f => f.Outcome == ImportOutcome.Imported),
        files.Count(f => f.Outcome == ImportOutcome.Updated),
        files.Count(f => f.Outcome == ImportOutcome.Unchanged),
        files.Count(f => f.Outcome == ImportOutcome.Failed));
}
