using System.Globalization;
using System.Text.Json;
using Dapper;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// Reads and writes articles in SQLite, the source of truth. Parsed values live in <c>articles</c>; editors'
/// corrections live apart in <see cref="Overrides"/> and are applied on every read.
/// </summary>
public sealed partial class ArticleStore(Database database)
{
    /// <summary>Editors' corrections, which re-imports never overwrite.</summary>
    public ArticleOverrides Overrides { get; } = new(database);

    private const string Columns = """
        id, file_name, content_hash, encoding, title, dateline, byline, source, source_ids, paragraphs, captions,
        date, date_source, date_confidence, date_evidence, summit_id, summit_confidence, summit_evidence,
        entities, original_text
        """;

    /// <summary>The stored content hash for a file name, or null when the file was never imported.</summary>
    public string? FindHash(string fileName)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>(
            "SELECT content_hash FROM articles WHERE file_name = @fileName", new { fileName });
    }

    /// <summary>
    /// Inserts the article, or replaces the parsed values of the article with the same id. Corrections are kept;
    /// returns the article as read back, corrections applied, which is what should be indexed.
    /// </summary>
    public Article Upsert(Article article)
    {
        using var connection = database.Open();
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        connection.Execute($"""
            INSERT INTO articles ({Columns}, imported_at, updated_at)
            VALUES (@Id, @FileName, @ContentHash, @Encoding, @Title, @Dateline, @Byline, @Source, @SourceIds, @Paragraphs, @Captions,
                    @Date, @DateSource, @DateConfidence, @DateEvidence, @SummitId, @SummitConfidence, @SummitEvidence,
                    @Entities, @OriginalText, @Now, @Now)
            ON CONFLICT(id) DO UPDATE SET
                file_name = excluded.file_name, content_hash = excluded.content_hash, encoding = excluded.encoding,
                title = excluded.title, dateline = excluded.dateline, byline = excluded.byline, source = excluded.source, source_ids = excluded.source_ids,
                paragraphs = excluded.paragraphs, captions = excluded.captions, date = excluded.date,
                date_source = excluded.date_source, date_confidence = excluded.date_confidence,
                date_evidence = excluded.date_evidence, summit_id = excluded.summit_id,
                summit_confidence = excluded.summit_confidence, summit_evidence = excluded.summit_evidence,
                entities = excluded.entities, original_text = excluded.original_text, updated_at = excluded.updated_at
            """, ArticleRow.From(article, now));
        return ArticleOverrides.Apply(article, Overrides.For(article.Id));
    }

    public Article? Get(string id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<ArticleRow>($"SELECT {Columns} FROM articles WHERE id = @id", new { id });
        return row is null ? null : ArticleOverrides.Apply(row.ToArticle(), Overrides.For(id));
    }

    /// <summary>The article as parsed from its file, without editors' corrections.</summary>
    public Article? GetParsed(string id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<ArticleRow>($"SELECT {Columns} FROM articles WHERE id = @id", new { id })?.ToArticle();
    }

    /// <summary>Every article, for rebuilding the index; streamed so memory stays flat on a large corpus.</summary>
    public IEnumerable<Article> All()
    {
        var overrides = Overrides.All();
        using var connection = database.Open();
        foreach (var row in connection.Query<ArticleRow>($"SELECT {Columns} FROM articles ORDER BY id", buffered: false))
        {
            var article = row.ToArticle();
            yield return overrides.TryGetValue(article.Id, out var corrections) ? ArticleOverrides.Apply(article, corrections) : article;
        }
    }

    /// <summary>Every article id, in id order.</summary>
    public IReadOnlyList<string> Ids()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT id FROM articles ORDER BY id").ToList();
    }

    public int Count()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles");
    }

    /// <summary>Dapper's view of an <c>articles</c> row: lists are JSON text, dates ISO text.</summary>
    private sealed class ArticleRow
    {
        public string Id { get; init; } = "";
        public string File_Name { get; init; } = "";
        public string Content_Hash { get; init; } = "";
        public string Encoding { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Dateline { get; init; }
        public string? Byline { get; init; }
        public string? Source { get; init; }
        public string Source_Ids { get; init; } = "[]";
        public string Paragraphs { get; init; } = "[]";
        public string Captions { get; init; } = "[]";
        public string? Date { get; init; }
        public string? Date_Source { get; init; }
        public double Date_Confidence { get; init; }
        public string? Date_Evidence { get; init; }
        public string? Summit_Id { get; init; }
        public double Summit_Confidence { get; init; }
        public string? Summit_Evidence { get; init; }
        public string Entities { get; init; } = "[]";
        public string Original_Text { get; init; } = "";

        public static object From(Article a, string now) => new
        {
            a.Id, a.FileName, a.ContentHash, a.Encoding, a.Title, a.Dateline, a.Byline, a.Source,
            SourceIds = JsonSerializer.Serialize(a.SourceIds),
            Paragraphs = JsonSerializer.Serialize(a.Paragraphs),
            Captions = JsonSerializer.Serialize(a.Captions),
            Date = a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.DateSource, a.DateConfidence, a.DateEvidence, a.SummitId, a.SummitConfidence, a.SummitEvidence,
            Entities = JsonSerializer.Serialize(a.Entities),
            a.OriginalText, Now = now,
        };

        public Article ToArticle() => new()
        {
            Id = Id, FileName = File_Name, ContentHash = Content_Hash, Encoding = Encoding, Title = Title,
            Dateline = Dateline, Byline = Byline, Source = Source,
            SourceIds = JsonSerializer.Deserialize<string[]>(Source_Ids) ?? [],
            Paragraphs = JsonSerializer.Deserialize<string[]>(Paragraphs) ?? [],
            Captions = JsonSerializer.Deserialize<string[]>(Captions) ?? [],
            Date = Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateSource = Date_Source, DateConfidence = Date_Confidence, DateEvidence = Date_Evidence,
            SummitId = Summit_Id, SummitConfidence = Summit_Confidence, SummitEvidence = Summit_Evidence,
            Entities = JsonSerializer.Deserialize<string[]>(Entities) ?? [],
            OriginalText = Original_Text,
        };
    }
}
