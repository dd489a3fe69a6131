using Dapper;

namespace NewsCorpus.Core.Storage;

/// <summary>How many articles carry one value (a summit id, a month as <c>yyyy-MM</c>).</summary>
public sealed record ValueCount(string Value, int Count);

/// <summary>An article as a list shows it: enough to link to it, without its text.</summary>
public sealed record ArticleListing(string Id, string Title, DateOnly? Date, string? SummitId, DateTimeOffset ImportedAt);

/// <summary>Small read models for overview pages: counts per summit and per month, the latest imports.</summary>
public sealed partial class ArticleStore
{
    /// <summary>Article counts per summit id, for articles assigned to a summit.</summary>
    public IReadOnlyList<ValueCount> CountBySummit()
    {
        using var connection = database.Open();
        return connection.Query<(string Value, long Count)>("""
            SELECT summit_id AS Value, COUNT(*) AS Count FROM articles
            WHERE summit_id IS NOT NULL GROUP BY summit_id ORDER BY summit_id
            """).Select(r => new ValueCount(r.Value, (int)r.Count)).ToList();
    }

    /// <summary>Article counts per month (<c>yyyy-MM</c>), oldest first, for dated articles.</summary>
    public IReadOnlyList<ValueCount> CountByMonth()
    {
        using var connection = database.Open();
        return connection.Query<(string Value, long Count)>("""
            SELECT substr(date, 1, 7) AS Value, COUNT(*) AS Count FROM articles
            WHERE date IS NOT NULL GROUP BY substr(date, 1, 7) ORDER BY Value
            """).Select(r => new ValueCount(r.Value, (int)r.Count)).ToList();
    }

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
