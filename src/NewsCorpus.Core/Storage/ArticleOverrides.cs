using System.Globalization;
using System.Text.Json;
using Dapper;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// Editors' corrections, stored apart from parsed values (table <c>article_overrides</c>) so that re-importing a
/// file — which rewrites the parsed values in <c>articles</c> — never overwrites them. Applied on every read.
/// </summary>
public sealed class ArticleOverrides(Database database)
{
    public const string Title = "title";
    public const string Dateline = "dateline";
    public const string Source = "source";
    /// <summary>yyyy-MM-dd, or null for "this article has no date".</summary>
    public const string Date = "date";
    /// <summary>A summit id, or null for "this article is about no summit".</summary>
    public const string Summit = "summit_id";
    /// <summary>A JSON array of entity ids.</summary>
    public const string Entities = "entities";

    private const string EditorEvidence = "corrected by an editor";

    public static IReadOnlyList<string> Fields { get; } = [Title, Dateline, Source, Date, Summit, Entities];

    /// <summary>Records a correction, replacing an earlier one of the same field.</summary>
    public void Set(string articleId, string field, string? value)
    {
        Validate(field, value);
        using var transaction = database.BeginWrite();
        var exists = transaction.Connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles WHERE id = @articleId",
            new { articleId }, transaction.Transaction);
        if (exists == 0)
            throw new ArgumentException($"No article with id '{articleId}'.", nameof(articleId));
        transaction.Connection.Execute("""
            INSERT INTO article_overrides (article_id, field, value, edited_at) VALUES (@articleId, @field, @value, @now)
            ON CONFLICT(article_id, field) DO UPDATE SET value = excluded.value, edited_at = excluded.edited_at
            """, new { articleId, field, value, now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
            transaction.Transaction);
        MarkChanged(articleId, transaction);
        transaction.Commit();
    }

    /// <summary>Drops a correction, so the parsed value shows again. False when there was none.</summary>
    public bool Remove(string articleId, string field)
    {
        using var transaction = database.BeginWrite();
        var removed = transaction.Connection.Execute("DELETE FROM article_overrides WHERE article_id = @articleId AND field = @field",
            new { articleId, field }, transaction.Transaction) > 0;
        if (removed)
            MarkChanged(articleId, transaction);
        transaction.Commit();
        return removed;
    }

    // What is indexed changed with the correction: the article takes the next change sequence, so an index that
    // missed it (a writer killed before its index commit) is repaired on the next start.
    internal static void MarkChanged(string articleId, WriteTransaction transaction) =>
        transaction.Connection.Execute("UPDATE articles SET change_seq = @sequence WHERE id = @articleId",
            new { articleId, sequence = transaction.TakeChangeSequence() }, transaction.Transaction);

    /// <summary>The corrections of one article, by field.</summary>
    public IReadOnlyDictionary<string, string?> For(string articleId)
    {
        using var connection = database.Open();
        return connection.Query<(string Field, string? Value)>(
                "SELECT field, value FROM article_overrides WHERE article_id = @articleId", new { articleId })
            .ToDictionary(r => r.Field, r => r.Value, StringComparer.Ordinal);
    }

    /// <summary>The standing corrections of one article with who made each, when and why, by field name.</summary>
    public IReadOnlyList<StandingCorrection> Standing(string articleId)
    {
        using var connection = database.Open();
        return connection.Query<(string Field, string? Value, string EditedAt, string? EditedBy, string? Reason)>(
                "SELECT field, value, edited_at, edited_by, reason FROM article_overrides WHERE article_id = @articleId ORDER BY field",
                new { articleId })
            .Select(r => new StandingCorrection(r.Field, r.Value,
                DateTimeOffset.Parse(r.EditedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.EditedBy, r.Reason))
            .ToList();
    }

    /// <summary>The corrections of the articles among <paramref name="articleIds"/> that have any, by article.</summary>
    public Dictionary<string, Dictionary<string, string?>> For(IReadOnlyCollection<string> articleIds)
    {
        using var connection = database.Open();
        return connection.Query<(string ArticleId, string Field, string? Value)>(
                $"SELECT article_id, field, value FROM article_overrides WHERE article_id IN {ValueList.In("@articleIds")}", new { articleIds = ValueList.Of(articleIds) })
            .GroupBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Field, r => r.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Every article's corrections (a small table), for reading many articles at once.</summary>
    public Dictionary<string, Dictionary<string, string?>> All()
    {
        using var connection = database.Open();
        return connection.Query<(string ArticleId, string Field, string? Value)>("SELECT article_id, field, value FROM article_overrides")
            .GroupBy(r => r.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Field, r => r.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The article as editors corrected it.</summary>
    public static Article Apply(Article parsed, IReadOnlyDictionary<string, string?> overrides)
    {
        var article = parsed;
        foreach (var (field, value) in overrides)
        {
            article = field switch
            {
                Title => article with { Title = value ?? article.Title },
                Dateline => article with { Dateline = value },
                Source => article with { Source = value },
                Date => article with
                {
                    Date = value is null ? null : ParseDate(value),
                    DateSource = DateSources.Editor, DateConfidence = 1, DateEvidence = EditorEvidence,
                },
                Summit => article with { SummitId = value, SummitConfidence = 1, SummitEvidence = EditorEvidence },
                Entities => article with { Entities = JsonSerializer.Deserialize<string[]>(value ?? "[]") ?? [] },
                _ => article,
            };
        }
        return overrides.Count == 0 ? article
            : article with { CorrectedFields = overrides.Keys.Where(Fields.Contains).Order(StringComparer.Ordinal).ToList() };
    }

    // Refusals are shown to editors as they are (API problem, admin page, CLI), so they name no parameter.
    internal static void Validate(string field, string? value)
    {
        if (!Fields.Contains(field))
            throw new ArgumentException($"'{field}' cannot be corrected; fields: {string.Join(", ", Fields)}.");
        if (field == Title && string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("A title cannot be empty.");
        if (field == Date && value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new ArgumentException($"'{value}' is not a yyyy-MM-dd date.");
        if (field == Entities)
        {
            try
            {
                _ = JsonSerializer.Deserialize<string[]>(value ?? "[]");
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"Entities must be a JSON array of ids: {e.Message}", e);
            }
        }
    }

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One field an editor corrected: the value, when, by whom (null before editors were recorded) and why.</summary>
public sealed record StandingCorrection(string Field, string? Value, DateTimeOffset EditedAt, string? EditedBy, string? Reason);
