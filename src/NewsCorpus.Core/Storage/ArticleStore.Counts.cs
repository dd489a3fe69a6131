using Dapper;

namespace NewsCorpus.Core.Storage;

/// <summary>How many articles carry one value (a summit id, a month as <c>yyyy-MM</c>).</summary>
public sealed record ValueCount(string Value, int Count);

/// <summary>An article as a list shows it: enough to link to it, without its text.</summary>
public sealed record ArticleListing(string Id, string Title, DateOnly? Date, string? SummitId, DateTimeOffset ImportedAt);

/// <summary>
/// Small read models for overview pages: counts per summit and per month, the latest imports. Counts come from
/// <c>article_counts</c>, which triggers keep on every write (migration 007), and the latest imports from the
/// <c>articles_imported</c> index, so no page reads every row.
/// </summary>
public sealed partial class ArticleStore
{
    /// <summary>Article counts per summit id, for articles assigned to a summit.</summary>
    public IReadOnlyList<ValueCount> CountBySummit()
    {
        using var connection = database.Open();
        return Counts(connection, "summit");
    }

    /// <summary>Article counts per month (<c>yyyy-MM</c>), oldest first, for dated articles.</summary>
    public IReadOnlyList<ValueCount> CountByMonth()
    {
        using var connection = database.Open();
        return Counts(connection, "month");
    }

    private static List<ValueCount> Counts(System.Data.IDbConnection connection, string kind) => connection.Query<(string Value, long Count)>("""
        SELECT value AS Value, articles AS Count FROM article_counts WHERE kind = @kind AND articles > 0 ORDER BY value
        """, new { kind }).Select(r => new ValueCount(r.Value, (int)r.Count)).ToList();

    /// <summary>The most recently imported articles, newest first.</summary>
    public IReadOnlyList<ArticleListing> LatestImported(int limit)
    {
        using var connection = database.Open();
        return connection.Query<ListingRow>("""
            SELECT id AS Id, title AS Title, date AS Date, summit_id AS SummitId, imported_at AS ImportedAt
            FROM articles ORDER BY imported_at DESC, id DESC LIMIT @limit
            """, new { limit }).Select(r => r.ToListing()).ToList();
    }

    private sealed record ListingRow(string Id, string Title, string? Date, string? SummitId, string ImportedAt)
    {
        public ArticleListing ToListing() => new(Id, Title,
            Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            SummitId,
            DateTimeOffset.Parse(ImportedAt, System.Globalization.CultureInfo.InvariantCulture));
    }
}
