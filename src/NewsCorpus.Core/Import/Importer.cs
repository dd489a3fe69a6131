using NewsCorpus.Core.Import.Files;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Html;
using NewsCorpus.Core.Parallelism;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Imports article files: decode, parse, store in SQLite, index in Lucene, in batches that commit as they go —
/// one SQLite transaction per batch (the articles, the run's file outcomes, the store's parse record), its documents
/// staged in the index, and an index commit recording the change sequence it reached every few seconds
/// (<see cref="IndexCommitPace"/>). A file whose bytes are unchanged is skipped; a refused
/// file is reported and leaves what is stored untouched. A killed import loses at most the batch in flight; its
/// run is finished by the next writer, which skips the files the run already recorded.
/// </summary>
public sealed class Importer(
    ArticleStore store, StoredParse storedParse, SearchIndex index, IArticleParser parser, ImportRuns runs, NewsCorpusOptions options)
{
    /// <summary>Imports every file under <paramref name="paths"/> (files, folders searched recursively, zips) as one recorded run.</summary>
    /// <returns>Every file's outcome, in order: for a library caller's own import; a run the site or the CLI works
    /// through keeps its outcomes only in its record, so its memory does not grow with the number of files.</returns>
    public ImportReport Import(IEnumerable<string> paths, string requestedBy = "library")
    {
        var run = runs.Create(RunKind.Import, requestedBy, ImportSource.Describe(paths), ImportSource.Absolute(paths));
        var results = new List<ImportFileResult>();
        try
        {
            Run(run, progress => results.AddRange(progress.Files), CancellationToken.None);
            runs.Finish(run.Id, RunStatus.Done);
            return new ImportReport(results);
        }
        catch
        {
            runs.Finish(run.Id, RunStatus.Failed, "the import stopped on an unexpected error");
            throw;
        }
        finally
        {
            RunStaging.Remove(run, options.DataDir);
        }
    }

    /// <summary>
    /// Works through an import run (new or resumed), telling <paramref name="progress"/> after each batch with the
    /// batch's outcomes. Holds one batch of outcomes at a time: the run's record has them all.
    /// </summary>
    internal void Run(ImportRun run, Action<RunProgress>? progress, CancellationToken cancellation)
    {
        var refused = new List<ImportFileResult>();
        var paths = new ImportPaths(Path.Combine(RunStaging.Folder(run, options.DataDir), "unpacked"), options.Zip, options.MaxFileBytes);
        var files = paths.Expand(run.Paths, refused);
        // What the run already recorded (a resumed run, files refused on upload), from its record, however many.
        var recorded = runs.Get(run.Id) ?? run;
        var resume = new ResumePoint(runs.RecordedNames(run.Id));
        // Counted, then walked, rather than held: a million pending files would hold hundreds of MB.
        var total = recorded.Done + resume.CountPending(refused, files);
        runs.Start(run.Id, total);
        var done = recorded.Done;
        var failed = recorded.Failed;
        var batch = 0;
        var pace = new IndexCommitPace(index, options.IndexCommitSeconds);
        pace.Around(() =>
        {
            var batches = resume.Pending(refused, files).Chunk(Math.Max(1, options.ImportBatchSize));
            foreach (var (chunk, reads) in BatchReadAhead.Of(batches, options.MaxFileBytes))
            {
                cancellation.ThrowIfCancellationRequested();
                var outcomes = ImportBatch(run.Id, chunk, reads, ++batch);
                pace.AfterBatch(batch);
                done += outcomes.Count;
                failed += outcomes.Count(o => o.Outcome == ImportOutcome.Failed);
                progress?.Invoke(new RunProgress(run, total, done, failed, outcomes));
            }
        });
    }

    private List<ImportFileResult> ImportBatch(string runId, PendingFile[] chunk, FileRead?[] reads, int batch)
    {
        var names = chunk.Where(p => p.Refusal is null).Select(p => Path.GetFileName(p.Path)).ToList();
        var hashes = store.FindHashes(names);
        var removed = store.Removals.FileNames(names);
        // Read, decode and parse on every core; the outcomes come back in the files' order for the run's record.
        var files = ParallelWork.InOrder(Enumerable.Range(0, chunk.Length).ToList(), i => chunk[i].Refusal is { } refusal
            ? new FileOutcome(refusal, null)
            : removed.Contains(Path.GetFileName(chunk[i].Path)) ? new FileOutcome(LeftRemoved(chunk[i].Path), null) : ImportFile(chunk[i].Path, reads[i], hashes),
            ParallelWork.Threads);
        var outcomes = files.Select(f => f.Result).ToList();
        // Each id at most once (ImportPaths refuses a second file of one name), so the index may analyse them in any order.
        var changed = files.Where(f => f.Prepared is not null).Select(f => f.Prepared!).ToList();
        long before, after;
        using (var transaction = store.BeginWrite())
        {
            if (changed.Count > 0)
                storedParse.KeepCurrent(transaction);
            foreach (var prepared in changed)
                ArticleStore.Write(prepared, transaction);
            ImportRuns.Record(runId, outcomes, transaction);
            transaction.Commit();
            (before, after) = (transaction.SequenceBefore, transaction.LastSequence);
        }
        TestPause.At("store-commit", batch);
        if (changed.Count > 0)
            index.Stage(store.WithCorrections([.. changed.Select(p => p.Article)]), before, after);
        return outcomes;
    }

    // A file's line in the run's record, and the article parsed from it, ready to write, when it is new or changed.
    private sealed record FileOutcome(ImportFileResult Result, PreparedArticle? Prepared);

    // Runs on a worker thread: touches only its own file and the parser, which keeps no state between files.
    private FileOutcome ImportFile(string path, FileRead? readAhead, IReadOnlyDictionary<string, string> storedHashes)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            if (!ArticleFormat.IsAccepted(fileName))
                return new(Failed(fileName, ArticleFormat.Refusal), null);
            var read = readAhead ?? SafeFileReader.Read(path, options.MaxFileBytes);
            if (read.Refusal is { } refusal)
                return new(Failed(fileName, refusal), null);
            var bytes = read.Bytes!;
            var hash = ArticleId.ContentHash(bytes);
            var storedHash = storedHashes.GetValueOrDefault(fileName);
            if (storedHash == hash)
                return new(new ImportFileResult(fileName, ImportOutcome.Unchanged, ArticleId.FromFileName(fileName)), null);

            var decoded = TextDecoder.Decode(bytes);
            if (decoded.IsRefused)
                return new(Failed(fileName, decoded.Refusal!), null);
            var article = parser.Parse(fileName, hash, decoded);
            return new(new ImportFileResult(fileName, storedHash is null ? ImportOutcome.Imported : ImportOutcome.Updated, article.Id),
                ArticleStore.Prepare(article));
        }
        catch (IOException e)
        {
            return new(Failed(fileName, $"the file could not be read: {e.Message}"), null);
        }
        catch (UnauthorizedAccessException e)
        {
            return new(Failed(fileName, $"the file could not be read: {e.Message}"), null);
        }
    }

    // An editor removed this file's article: the store stays as the editor left it until the article is restored.
    private static ImportFileResult LeftRemoved(string path)
    {
        var fileName = Path.GetFileName(path);
        return new(fileName, ImportOutcome.Unchanged, ArticleId.FromFileName(fileName), RemovedByEditor);
    }

    /// <summary>The reason a run's report gives for a file whose article an editor removed.</summary>
    public const string RemovedByEditor = "removed by an editor, not re-imported";

    internal static ImportFileResult Failed(string file, string error) => new(file, ImportOutcome.Failed, Error: error);
}
