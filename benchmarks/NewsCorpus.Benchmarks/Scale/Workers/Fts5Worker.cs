using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// SQLite FTS5 (<c>unicode61 remove_diacritics 2</c>) on the same files: title and body, inserted with one prepared
/// statement in transactions of 10,000 (WAL). A query does what a results page needs at the least: the total, and the
/// best 20 by rank with a marked snippet each.
/// </summary>
internal static class Fts5Worker
{
    private const int Batch = 10_000;

    public static ScaleFigures Run(IReadOnlyList<string> files, string path, double seconds, ScalePass pass = ScalePass.Both)
    {
        var figures = new ScaleFigures();
        if (pass != ScalePass.Queries)
            Import(files, path, figures);
        if (pass == ScalePass.Import)
            return figures;

        using var db = new SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        foreach (var query in ScaleQueries.All)
        {
            QueryTiming.Measure(figures, QueryTiming.Key("fts5", query), seconds, () =>
            {
                using var count = db.CreateCommand();
                count.CommandText = "SELECT count(*) FROM fts WHERE fts MATCH $q";
                count.Parameters.AddWithValue("$q", query.Fts5Match);
                var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                using var page = db.CreateCommand();
                page.CommandText = "SELECT rowid, title, snippet(fts, 1, '[', ']', '…', 24) FROM fts WHERE fts MATCH $q ORDER BY rank LIMIT 20";
                page.Parameters.AddWithValue("$q", query.Fts5Match);
                using var rows = page.ExecuteReader();
                while (rows.Read())
                    _ = rows.GetString(2);
                return total;
            });
        }
        return figures;
    }

    private static void Import(IReadOnlyList<string> files, string path, ScaleFigures figures)
    {
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            File.Delete(stale);
        using var db = new SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        Execute(db, """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
            CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
            """);
        var cost = ImportCost.Now();
        var clock = Stopwatch.StartNew();
        var transaction = db.BeginTransaction();
        using (var insert = db.CreateCommand())
        {
            insert.CommandText = "INSERT INTO fts(title, body) VALUES ($title, $body)";
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            for (var i = 0; i < files.Count; i++)
            {
                var text = File.ReadAllText(files[i]);
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                title.Value = newline < 0 ? text : text[..newline];
                body.Value = newline < 0 ? "" : text[(newline + 1)..];
                insert.Transaction = transaction;
                insert.ExecuteNonQuery();
                if ((i + 1) % Batch == 0)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = db.BeginTransaction();
                }
            }
        }
        transaction.Commit();
        transaction.Dispose();
        Execute(db, "PRAGMA wal_checkpoint(TRUNCATE);");
        var elapsed = clock.Elapsed.TotalSeconds;
        figures.Set("fts5.import.seconds", elapsed);
        figures.Set("fts5.import.docs_per_s", files.Count / elapsed);
        ImportCost.SetSince(cost, figures, "fts5", files.Count, elapsed);
        ProcessMemory.SetImportPeaks(figures, "fts5");
        figures.Set("fts5.size.bytes", ProcessMemory.Bytes(path));
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
