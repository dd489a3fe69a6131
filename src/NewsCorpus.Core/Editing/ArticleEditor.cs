using System.Globalization;
using System.Text.Json;
using Dapper;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Editing;

/// <summary>Thrown when an edit names an article the store does not hold (or, for a restore, never removed).</summary>
public sealed class ArticleNotFoundException(string articleId)
    : Exception($"No article has the id '{articleId}'.")
{
    public string ArticleId { get; } = articleId;
}

/// <summary>
/// Editors' acts on stored articles — correct fields, revert a correction, remove, restore — each one SQLite
/// transaction that takes the next change sequence and logs who, when and why (<c>editorial_log</c>), followed by
/// the index catching up to exactly that sequence, so search agrees with the store at once. Only the holder of the
/// writer lock may call it, and in the site only on its one writer's thread (<c>SiteWriter.EditAsync</c>), so an
/// edit never interleaves with a batch of an import.
/// </summary>
public sealed class ArticleEditor(Database database, ArticleStore store, SearchIndex index, SummitCatalog summits, string storeId)
{
    /// <summary>The fields an editor may correct here, as the API and the admin form name them.</summary>
    public static IReadOnlyList<string> Correctable { get; } =
        [ArticleOverrides.Title, ArticleOverrides.Date, ArticleOverrides.Summit, ArticleOverrides.Source];

    /// <summary>
    /// Records corrections of <paramref name="fields"/> (a null value means "none": no date, no summit, no source)
    /// and returns the article as corrected.
    /// </summary>
    /// <exception cref="ArticleNotFoundException">No stored article has that id.</exception>
    /// <exception cref="ArgumentException">
    /// A field that cannot be corrected, a bad value, an unknown summit, or no reason; the message is written for the
    /// person who asked (the API, the admin page and the CLI show it as it is), so it names no parameter.
    /// </exception>
    public Article Correct(string articleId, IReadOnlyDictionary<string, string?> fields, string editor, string reason)
    {
        RequireReason(reason);
        if (fields.Count == 0)
            throw new ArgumentException("Give at least one field to correct.");
        foreach (var (field, value) in fields)
        {
            if (!Correctable.Contains(field))
                throw new ArgumentException($"'{field}' cannot be corrected here; fields: {string.Join(", ", Correctable)}.");
            ArticleOverrides.Validate(field, value);
            if (field == ArticleOverrides.Summit && value is not null && summits.Find(value) is null)
                throw new ArgumentException($"'{value}' is not a summit of the catalog.");
        }
        Write(articleId, (transaction, now) =>
        {
            foreach (var (field, value) in fields)
            {
                transaction.Connection.Execute("""
                    INSERT INTO article_overrides (article_id, field, value, edited_at, edited_by, reason)
                    VALUES (@articleId, @field, @value, @now, @editor, @reason)
                    ON CONFLICT(article_id, field) DO UPDATE SET
                        value = excluded.value, edited_at = excluded.edited_at, edited_by = excluded.edited_by, reason = excluded.reason
                    """, new { articleId, field, value, now, editor, reason }, transaction.Transaction);
                Log(transaction, articleId, "correct", field, value, editor, reason, now);
            }
            ArticleOverrides.MarkChanged(articleId, transaction);
        });
        return store.Get(articleId)!;
    }

    /// <summary>Drops the correction of <paramref name="field"/>, so the parsed value shows again. False when there was none.</summary>
    public bool Revert(string articleId, string field, string editor, string? reason = null)
    {
        var reverted = false;
        Write(articleId, (transaction, now) =>
        {
            reverted = transaction.Connection.Execute("DELETE FROM article_overrides WHERE article_id = @articleId AND field = @field",
                new { articleId, field }, transaction.Transaction) > 0;
            if (!reverted)
                return;
            Log(transaction, articleId, "revert", field, null, editor, reason, now);
            ArticleOverrides.MarkChanged(articleId, transaction);
        });
        return reverted;
    }

    /// <summary>
    /// Removes the article from the store (so from search, pages and counts), keeping a tombstone with it whole, its
    /// corrections, and who removed it when and why.
    /// </summary>
    public RemovedArticle Remove(string articleId, string editor, string reason)
    {
        RequireReason(reason);
        var parsed = store.GetParsed(articleId) ?? throw new ArticleNotFoundException(articleId);
        Write(articleId, (transaction, now) =>
        {
            var corrections = transaction.Connection.Query<StoredCorrection>(
                "SELECT field, value, edited_at, edited_by, reason FROM article_overrides WHERE article_id = @articleId",
                new { articleId }, transaction.Transaction).ToList();
            transaction.Connection.Execute("""
                INSERT INTO article_removals (article_id, file_name, title, removed_by, removed_at, reason, change_seq, article, corrections)
                VALUES (@articleId, @FileName, @Title, @editor, @now, @reason, @sequence, @article, @corrections)
                """, new
            {
                articleId, parsed.FileName, store.Get(articleId)!.Title, editor, now, reason, sequence = transaction.TakeChangeSequence(),
                article = JsonSerializer.Serialize(parsed), corrections = JsonSerializer.Serialize(corrections),
            }, transaction.Transaction);
            transaction.Connection.Execute("DELETE FROM articles WHERE id = @articleId", new { articleId }, transaction.Transaction);
            Log(transaction, articleId, "remove", null, null, editor, reason, now);
        });
        return store.Removals.Get(articleId)!;
    }

    /// <summary>Puts a removed article back as it was, corrections included, and drops its tombstone.</summary>
    /// <exception cref="ArticleNotFoundException">No removed article has that id.</exception>
    public Article Restore(string articleId, string editor, string? reason = null)
    {
        using (var transaction = database.BeginWrite())
        {
            var now = Now();
            var tombstone = transaction.Connection.QuerySingleOrDefault<(string Article, string Corrections)>(
                "SELECT article, corrections FROM article_removals WHERE article_id = @articleId", new { articleId }, transaction.Transaction);
            if (tombstone.Article is null)
                throw new ArticleNotFoundException(articleId);
            ArticleStore.Write(JsonSerializer.Deserialize<Article>(tombstone.Article)!, transaction);
            foreach (var correction in JsonSerializer.Deserialize<List<StoredCorrection>>(tombstone.Corrections) ?? [])
            {
                transaction.Connection.Execute("""
                    INSERT INTO article_overrides (article_id, field, value, edited_at, edited_by, reason)
                    VALUES (@articleId, @Field, @Value, @Edited_At, @Edited_By, @Reason)
                    """, new { articleId, correction.Field, correction.Value, correction.Edited_At, correction.Edited_By, correction.Reason },
                    transaction.Transaction);
            }
            transaction.Connection.Execute("DELETE FROM article_removals WHERE article_id = @articleId", new { articleId }, transaction.Transaction);
            Log(transaction, articleId, "restore", null, null, editor, reason, now);
            transaction.Commit();
        }
        IndexTheChange();
        return store.Get(articleId)!;
    }

    /// <summary>The editorial acts on one article, newest first.</summary>
    public IReadOnlyList<EditorialAct> History(string articleId)
    {
        using var connection = database.Open();
        return connection.Query<(string Action, string? Field, string? Value, string Editor, string? Reason, string At)>("""
            SELECT action, field, value, editor, reason, at FROM editorial_log WHERE article_id = @articleId ORDER BY id DESC
            """, new { articleId })
            .Select(r => new EditorialAct(r.Action, r.Field, r.Value, r.Editor, r.Reason,
                DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)))
            .ToList();
    }

    // One transaction on a stored article, then the index takes exactly the changes past what it holds.
    private void Write(string articleId, Action<WriteTransaction, string> write)
    {
        using (var transaction = database.BeginWrite())
        {
            var exists = transaction.Connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles WHERE id = @articleId",
                new { articleId }, transaction.Transaction);
            if (exists == 0)
                throw new ArticleNotFoundException(articleId);
            write(transaction, Now());
            transaction.Commit();
        }
        IndexTheChange();
    }

    // The store's commit stands whatever happens here: an index that fails says so as what it is.
    private void IndexTheChange()
    {
        try
        {
            IndexSync.CatchUp(index, store, storeId);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw new EditNotIndexedException(e);
        }
    }

    private static void Log(WriteTransaction transaction, string articleId, string action, string? field, string? value, string editor,
        string? reason, string now) =>
        transaction.Connection.Execute("""
            INSERT INTO editorial_log (article_id, action, field, value, editor, reason, at)
            VALUES (@articleId, @action, @field, @value, @editor, @reason, @now)
            """, new { articleId, action, field, value, editor, reason, now }, transaction.Transaction);

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("Give a reason: it is kept with the change for whoever reads it later.");
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private sealed record StoredCorrection(string Field, string? Value, string Edited_At, string? Edited_By, string? Reason);
}

/// <summary>One entry of an article's editorial log.</summary>
public sealed record EditorialAct(string Action, string? Field, string? Value, string Editor, string? Reason, DateTimeOffset At);
