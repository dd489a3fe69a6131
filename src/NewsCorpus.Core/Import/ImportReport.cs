namespace NewsCorpus.Core.Import;

/// <summary>What happened to one file in an import run.</summary>
public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
    Failed,
    /// <summary>Left out on purpose (a hidden file, a folder reached twice through a link), with the reason.</summary>
    Skipped,
}

/// <summary>One file's result, with the reason when it failed.</summary>
public sealed record ImportFileResult(string File, ImportOutcome Outcome, string? ArticleId = null, string? Error = null);

/// <summary>The result of an import run, file by file.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files)
{
    public int Imported => Files.Count(f => f.Outcome == ImportOutcome.Imported);
    public int Updated => Files.Count(f => f.Outcome == ImportOutcome.Updated);
    public int Unchanged => Files.Count(f => f.Outcome == ImportOutcome.Unchanged);
    public IEnumerable<ImportFileResult> Failed => Files.Where(f => f.Outcome == ImportOutcome.Failed);
    public IEnumerable<ImportFileResult> Skipped => Files.Where(f => f.Outcome == ImportOutcome.Skipped);
}
