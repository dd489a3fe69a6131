namespace NewsCorpus.Core.Import.Runs;

/// <summary>
/// Told after each committed batch: how far the run is and, for an import, the outcomes of the batch just
/// committed (in order), so a host can print them as they come.
/// </summary>
public sealed record RunProgress(ImportRun Run, int Total, int Done, int Failed, IReadOnlyList<ImportFileResult> Files);
