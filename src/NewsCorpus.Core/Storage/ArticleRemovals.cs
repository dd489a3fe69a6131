using System.Globalization;
using Dapper;

namespace NewsCorpus.Core.Storage;

/// <summary>An article an editor removed: who, when, why, and what it was called.</summary>
public sealed record RemovedArticle(string ArticleId, string FileName, string Title, string RemovedBy, DateTimeOffset RemovedAt, string Reason);

/// <summary>
/// The tombstones of removed articles (table <c>article_removals</c>), read by pages, imports (which leave a removed
/// file out) and the index catch-up (which deletes removed articles it still holds). Written by
/// <see cref="Editing.ArticleEditor"/>.
/// </summary>
public sealed class ArticleRemovals(Database database)
{
    /// <summary>The removed articles, most recently removed first.</summary>
    public IReadOnlyList<RemovedArticle> Recent(int limit)
    {
        using var connection = database.Open();
        return connection.Query<Row>("""
            SELECT article_id, file_name, title, removed_by, removed_at, reason FROM article_removals
            ORDER BY removed_at DESC LIMIT @limit
            """, new { limit = Math.Clamp(limit, 1, 1000) }).Select(r => r.ToRemoved()).ToList();
    }

    public RemovedArticle? Get(string articleId)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Row>("""
            SELECT article_id, file_name, title, removed_by, removed_at, reason FROM article_removals WHERE article_id = @articleId
            """, new { articleId })?.ToRemoved();
    }

    /// <summary>Which of <paramref name="fileNames"/> belong to removed articles.</summary>
    public IReadOnlySet<string> FileNames(IReadOnlyCollection<string> fileNames)
    {
        if (fileNames.Count == 0)
            return new HashSet<string>(StringComparer.Ordinal);
        using var connection = database.Open();
        return connection.Query<string>($"SELECT file_name FROM article_removals WHERE file_name IN {ValueList.In("@fileNames")}", new { fileNames = ValueList.Of(fileNames) })
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The ids of articles removed after change sequence <paramref name="sequence"/>: what an index at that sequence must delete.</summary>
    public IReadOnlyList<string> RemovedSince(long sequence)
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT article_id FROM article_removals WHERE change_seq > @sequence", new { sequence }).ToList();
    }

    private sealed record Row(string Article_Id, string File_Name, string Title, string Removed_By, string Removed_At, string Reason)
    {
        public RemovedArticle ToRemoved() => new(Article_Id, File_Name, Title, Removed_By,
            DateTimeOffset.Parse(Removed_At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), Reason);
    }
}
