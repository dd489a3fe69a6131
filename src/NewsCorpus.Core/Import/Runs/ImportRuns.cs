using System.Globalization;
using System.Text.Json;
using Dapper;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Import.Runs;

/// <summary>
/// The run records in SQLite (<c>import_runs</c>, <c>import_run_files</c>): creating runs, their progress and
/// outcomes, and reading them back for history pages, the API and a resumed run.
/// </summary>
public sealed class ImportRuns(Database database)
{
    private const string Columns = """
        id, kind, requested_by, source, paths, staging_dir, status, created_at, started_at, finished_at,
        total, done, imported, updated, unchanged, failed, error
        """;

    /// <summary>Records a new run, queued.</summary>
    public ImportRun Create(RunKind kind, string requestedBy, string source, IReadOnlyList<string>? paths = null, string? stagingDir = null)
    {
        var run = new ImportRun(Guid.CreateVersion7().ToString("N"), kind, requestedBy, source, paths ?? [], stagingDir,
            RunStatus.Queued, DateTimeOffset.UtcNow, null, null, 0, 0, 0, 0, 0, 0, null);
        using var connection = database.Open();
        connection.Execute($"""
            INSERT INTO import_runs (id, kind, requested_by, source, paths, staging_dir, status, created_at)
            VALUES (@Id, @Kind, @RequestedBy, @Source, @Paths, @StagingDir, @Status, @CreatedAt)
            """, new
        {
            run.Id, Kind = Name(run.Kind), run.RequestedBy, run.Source, Paths = StoreJson.Serialize(run.Paths),
            run.StagingDir, Status = Name(run.Status), CreatedAt = Text(run.CreatedAt),
        });
        return run;
    }

    public ImportRun? Get(string id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<RunRow>($"SELECT {Columns} FROM import_runs WHERE id = @id", new { id })?.ToRun();
    }

    /// <summary>
    /// The most recent runs, newest first, skipping the first <paramref name="offset"/> (for paged history); only
    /// those of <paramref name="kind"/> when given.
    /// </summary>
    public IReadOnlyList<ImportRun> Recent(int limit, RunKind? kind = null, int offset = 0)
    {
        using var connection = database.Open();
        return connection.Query<RunRow>($"""
            SELECT {Columns} FROM import_runs WHERE @kind IS NULL OR kind = @kind
            ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset
            """, new { kind = kind is { } k ? Name(k) : null, limit = Math.Clamp(limit, 1, 1000), offset = Math.Max(0, offset) })
            .Select(r => r.ToRun()).ToList();
    }

    /// <summary>Runs not finished yet (queued, running or interrupted), oldest first: the order a writer takes them in.</summary>
    public IReadOnlyList<ImportRun> Unfinished()
    {
        using var connection = database.Open();
        return connection.Query<RunRow>($"""
            SELECT {Columns} FROM import_runs WHERE status IN ('queued', 'running', 'interrupted') ORDER BY created_at, id
            """).Select(r => r.ToRun()).ToList();
    }

    /// <summary>
    /// Marks every run left <c>running</c> as <c>interrupted</c>. Called by a writer right after it takes the data
    /// folder's lock: holding it proves whoever was running them is gone.
    /// </summary>
    public int MarkInterrupted()
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE import_runs SET status = 'interrupted' WHERE status = 'running'");
    }

    /// <summary>Marks the run running from now, going through <paramref name="total"/> items; a fresh start clears earlier counts.</summary>
    public void Start(string id, int total, bool clearCounts = false)
    {
        using var connection = database.Open();
        connection.Execute($"""
            UPDATE import_runs SET status = 'running', started_at = @now, total = @total, finished_at = NULL, error = NULL
            {(clearCounts ? ", done = 0, imported = 0, updated = 0, unchanged = 0, failed = 0" : "")}
            WHERE id = @id
            """, new { id, total, now = Text(DateTimeOffset.UtcNow) });
    }

    /// <summary>Records a batch's file outcomes and adds them to the run's counts, inside the batch's transaction.</summary>
    public static void Record(string id, IReadOnlyList<ImportFileResult> files, WriteTransaction transaction)
    {
        var connection = transaction.Connection;
        var position = connection.ExecuteScalar<int>("SELECT done FROM import_runs WHERE id = @id", new { id }, transaction.Transaction);
        var insert = transaction.Command("""
            INSERT INTO import_run_files (run_id, position, file, outcome, article_id, error)
            VALUES (@run, @position, @file, @outcome, @article, @error)
            """);
        foreach (var file in files)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("@run", id);
            insert.Parameters.AddWithValue("@position", position++);
            insert.Parameters.AddWithValue("@file", file.File);
            insert.Parameters.AddWithValue("@outcome", Name(file.Outcome));
            insert.Parameters.AddWithValue("@article", (object?)file.ArticleId ?? DBNull.Value);
            insert.Parameters.AddWithValue("@error", (object?)file.Error ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
        AddCounts(id, RunCounts.Of(files), transaction);
    }

    /// <summary>Records files refused before the run reads anything (an upload's oversized or badly named files).</summary>
    public void RecordRefused(string id, IReadOnlyList<ImportFileResult> files)
    {
        if (files.Count == 0)
            return;
        using var transaction = database.BeginWrite();
        Record(id, files, transaction);
        transaction.Commit();
    }

    /// <summary>Adds counts without file rows (a reparse's articles), inside the batch's transaction.</summary>
    public static void AddCounts(string id, RunCounts counts, WriteTransaction transaction) =>
        transaction.Connection.Execute("""
            UPDATE import_runs SET done = done + @Done, imported = imported + @Imported, updated = updated + @Updated,
                unchanged = unchanged + @Unchanged, failed = failed + @Failed
            WHERE id = @id
            """, new { id, counts.Done, counts.Imported, counts.Updated, counts.Unchanged, counts.Failed }, transaction.Transaction);

    /// <summary>Sets how many items are done, for work that records no outcomes (a reindex).</summary>
    public void SetDone(string id, int done)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE import_runs SET done = @done WHERE id = @id", new { id, done });
    }

    /// <summary>Ends the run as done, failed or interrupted.</summary>
    public void Finish(string id, RunStatus status, string? error = null)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE import_runs SET status = @status, finished_at = @now, error = @error WHERE id = @id",
            new { id, status = Name(status), error, now = status == RunStatus.Interrupted ? null : Text(DateTimeOffset.UtcNow) });
    }

    /// <summary>The run's file outcomes after position <paramref name="after"/>, in order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<RunFile> Files(string id, int after = -1, int limit = 1000, bool failedOnly = false) =>
        Page(id, after, Math.Clamp(limit, 1, 10_000), failedOnly ? "AND outcome = 'failed'" : "");

    private List<RunFile> Page(string id, int after, int limit, string condition)
    {
        using var connection = database.Open();
        return connection.Query<(long Position, string File, string Outcome, string? ArticleId, string? Error)>($"""
            SELECT position, file, outcome, article_id, error FROM import_run_files
            WHERE run_id = @id AND position > @after {condition}
            ORDER BY position LIMIT @limit
            """, new { id, after, limit })
            .Select(r => new RunFile((int)r.Position, r.File, Enum.Parse<ImportOutcome>(r.Outcome, ignoreCase: true), r.ArticleId, r.Error))
            .ToList();
    }

    /// <summary>How many files of each name the run recorded: where a resumed import picks up, however long the run.</summary>
    public IReadOnlyDictionary<string, int> RecordedNames(string id)
    {
        using var connection = database.Open();
        return connection.Query<(string File, int Count)>(
                "SELECT file, COUNT(*) FROM import_run_files WHERE run_id = @id GROUP BY file", new { id })
            .ToDictionary(r => r.File, r => r.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every file of the run that failed or was skipped, in order, read a page at a time: what an import's summary
    /// lists, without holding the outcomes of the files that went in.
    /// </summary>
    public IEnumerable<RunFile> FailedOrSkipped(string id)
    {
        for (var after = -1; ;)
        {
            var page = Page(id, after, 1_000, "AND outcome IN ('failed', 'skipped')");
            foreach (var file in page)
                yield return file;
            if (page.Count < 1_000)
                yield break;
            after = page[^1].Position;
        }
    }

    internal static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Text(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private sealed record RunRow(
        string Id, string Kind, string Requested_By, string Source, string Paths, string? Staging_Dir, string Status,
        string Created_At, string? Started_At, string? Finished_At,
        long Total, long Done, long Imported, long Updated, long Unchanged, long Failed, string? Error)
    {
        public ImportRun ToRun() => new(Id, Enum.Parse<RunKind>(Kind, ignoreCase: true), Requested_By, Source,
            JsonSerializer.Deserialize<string[]>(Paths) ?? [], Staging_Dir, Enum.Parse<RunStatus>(Status, ignoreCase: true),
            Time(Created_At)!.Value, Time(Started_At), Time(Finished_At),
            (int)Total, (int)Done, (int)Imported, (int)Updated, (int)Unchanged, (int)Failed, Error);

        private static DateTimeOffset? Time(string? text) =>
            text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
