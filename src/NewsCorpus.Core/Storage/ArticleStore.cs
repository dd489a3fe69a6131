using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
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

    /// <summary>The tombstones of articles editors removed.</summary>
    public ArticleRemovals Removals { get; } = new(database);

    private const string Columns = """
        id, file_name, content_hash, encoding, title, dateline, byline, source, source_ids, paragraphs, captions,
        date, date_source, date_confidence, date_evidence, summit_id, summit_confidence, summit_evidence,
        entities, original_text
        """;

    /// <summary>Starts one write transaction for a batch (see <see cref="Write(Article, WriteTransaction)"/>).</summary>
    public WriteTransaction BeginWrite() => database.BeginWrite();

    /// <summary>The stored content hash for a file name, or null when the file was never imported.</summary>
    public string? FindHash(string fileName)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>(
            "SELECT content_hash FROM articles WHERE file_name = @fileName", new { fileName });
    }

    /// <summary>The stored content hashes of those of <paramref name="fileNames"/> that were imported, by file name.</summary>
    public IReadOnlyDictionary<string, string> FindHashes(IReadOnlyCollection<string> fileNames)
    {
        if (fileNames.Count == 0)
            return new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = database.Open();
        return connection.Query<(string FileName, string Hash)>(
                $"SELECT file_name, content_hash FROM articles WHERE file_name IN {ValueList.In("@fileNames")}", new { fileNames = ValueList.Of(fileNames) })
            .ToDictionary(r => r.FileName, r => r.Hash, StringComparer.Ordinal);
    }

    /// <summary>
    /// Inserts the article, or replaces the parsed values of the article with the same id, in a transaction of its
    /// own. Corrections are kept; returns the article as read back, corrections applied, which is what should be indexed.
    /// </summary>
    public Article Upsert(Article article)
    {
        using (var transaction = database.BeginWrite())
        {
            Write(article, transaction);
            transaction.Commit();
        }
        return ArticleOverrides.Apply(article, Overrides.For(article.Id));
    }

    /// <summary>
    /// Inserts or replaces the parsed values of <paramref name="article"/> inside <paramref name="transaction"/>,
    /// with the transaction's next change sequence. Corrections are kept.
    /// </summary>
    public static void Write(Article article, WriteTransaction transaction) => Write(Prepare(article), transaction);

    /// <summary>
    /// Works out an article's column values — JSON lists, paragraph spans and the compressed original text, the
    /// costly part of a write — on any thread, so that a batch's one write transaction only binds them
    /// (<see cref="Write(PreparedArticle, WriteTransaction)"/>). Compressing on the writer's thread was 4% of an
    /// import's CPU with the other core idle.
    /// </summary>
    public static PreparedArticle Prepare(Article article) => new(article, ArticleRow.Values(article));

    /// <summary>Writes an article prepared by <see cref="Prepare"/>, as <see cref="Write(Article, WriteTransaction)"/>.</summary>
    public static void Write(PreparedArticle prepared, WriteTransaction transaction)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        transaction.Statement(UpsertSql).Run(prepared.Values.Append(("@Now", now)).Append(("@ChangeSeq", transaction.TakeChangeSequence())));
    }

    private const string UpsertSql = $"""
        INSERT INTO articles ({Columns}, imported_at, updated_at, change_seq)
        VALUES (@Id, @FileName, @ContentHash, @Encoding, @Title, @Dateline, @Byline, @Source, @SourceIds, @Paragraphs, @Captions,
                @Date, @DateSource, @DateConfidence, @DateEvidence, @SummitId, @SummitConfidence, @SummitEvidence,
                @Entities, @OriginalText, @Now, @Now, @ChangeSeq)
        ON CONFLICT(id) DO UPDATE SET
            file_name = excluded.file_name, content_hash = excluded.content_hash, encoding = excluded.encoding,
            title = excluded.title, dateline = excluded.dateline, byline = excluded.byline, source = excluded.source, source_ids = excluded.source_ids,
            paragraphs = excluded.paragraphs, captions = excluded.captions, date = excluded.date,
            date_source = excluded.date_source, date_confidence = excluded.date_confidence,
            date_evidence = excluded.date_evidence, summit_id = excluded.summit_id,
            summit_confidence = excluded.summit_confidence, summit_evidence = excluded.summit_evidence,
            entities = excluded.entities, original_text = excluded.original_text, updated_at = excluded.updated_at,
            change_seq = excluded.change_seq
        """;

    /// <summary>
    /// Keeps <paramref name="text"/>, the article's own original text read from an older form, in today's form. Only
    /// the column's bytes change: the row keeps its change sequence, since the index holds nothing of the stored form.
    /// </summary>
    public static void RewriteText(string id, byte[] text, WriteTransaction transaction)
    {
        var command = transaction.Command("UPDATE articles SET original_text = @text WHERE id = @id");
        if (command.Parameters.Count == 0)
        {
            command.Parameters.Add("@id", SqliteType.Text);
            command.Parameters.Add("@text", SqliteType.Blob);
        }
        command.Parameters["@id"].Value = id;
        command.Parameters["@text"].Value = text;
        command.ExecuteNonQuery();
    }

    /// <summary>Articles just written, as they are to be indexed: with their editors' corrections applied.</summary>
    public IReadOnlyList<Article> WithCorrections(IReadOnlyList<Article> articles)
    {
        var corrections = Overrides.For(articles.Select(a => a.Id).ToList());
        return articles.Select(a => corrections.TryGetValue(a.Id, out var c) ? ArticleOverrides.Apply(a, c) : a).ToList();
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

    /// <summary>
    /// The articles with these ids as parsed from their files (no corrections), in id order, missing ids left out; each
    /// with whether its original text is kept in a form older than today's (<see cref="StoredOriginalText"/>):
    /// Brotli-compressed UTF-8 or TEXT, from an earlier build.
    /// </summary>
    public IReadOnlyList<(Article Article, bool OlderText)> GetParsedWithTextForm(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
            return [];
        using var connection = database.Open();
        return connection.Query<ArticleRow>($"SELECT {Columns} FROM articles WHERE id IN {ValueList.In("@ids")} ORDER BY id", new { ids = ValueList.Of(ids) })
            .Select(row => (row.ToArticle(), !StoredOriginalText.IsCurrentForm(row.Original_Text))).ToList();
    }

    /// <summary>Every article, for rebuilding the index; streamed so memory stays flat on a large corpus.</summary>
    public IEnumerable<Article> All() => Read($"SELECT {Columns} FROM articles ORDER BY id", null);

    /// <summary>
    /// The articles written after change sequence <paramref name="sequence"/>, in the order they were written,
    /// corrections applied: what an index that holds everything up to that sequence is missing.
    /// </summary>
    public IEnumerable<Article> ChangedSince(long sequence) =>
        Read($"SELECT {Columns} FROM articles WHERE change_seq > @sequence ORDER BY change_seq", new { sequence });

    /// <summary>The highest change sequence an article write has taken (0 for a store never written to).</summary>
    public long LastChangeSequence()
    {
        using var connection = database.Open();
        return WriteTransaction.LastChangeSequence(connection);
    }

    /// <summary>Every article's content hash, by id: what the store holds, for checking an index against it.</summary>
    public IReadOnlyDictionary<string, string> ContentHashes()
    {
        using var connection = database.Open();
        return connection.Query<(string Id, string Hash)>("SELECT id, content_hash FROM articles")
            .ToDictionary(r => r.Id, r => r.Hash, StringComparer.Ordinal);
    }

    private IEnumerable<Article> Read(string sql, object? parameters)
    {
        var overrides = Overrides.All();
        using var connection = database.Open();
        foreach (var row in connection.Query<ArticleRow>(sql, parameters, buffered: false))
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
        // From the count the triggers keep (article_counts, migration 007): COUNT(*) walks a whole index, 8.3 ms at 1M
        // articles of the home page's 12.
        return connection.ExecuteScalar<int>("SELECT articles FROM article_counts WHERE kind = 'all'");
    }

    /// <summary>
    /// Dapper's view of an <c>articles</c> row: lists are JSON text (Arabic kept as UTF-8, see <see cref="StoreJson"/>),
    /// paragraphs mostly spans of the original text (<see cref="ParagraphSpans"/>), dates ISO text.
    /// </summary>
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
        /// <summary>Compressed bytes, or text in a row written before compression (<see cref="StoredOriginalText"/>).</summary>
        public object? Original_Text { get; init; }

        // Every column's parameter but the write's time and change sequence.
        public static (string Name, object? Value)[] Values(Article a) =>
        [
            ("@Id", a.Id), ("@FileName", a.FileName), ("@ContentHash", a.ContentHash), ("@Encoding", a.Encoding),
            ("@Title", a.Title), ("@Dateline", a.Dateline), ("@Byline", a.Byline), ("@Source", a.Source),
            ("@SourceIds", StoreJson.Serialize(a.SourceIds)),
            ("@Paragraphs", ParagraphSpans.Encode(a.OriginalText, a.Paragraphs)),
            ("@Captions", StoreJson.Serialize(a.Captions)),
            ("@Date", a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@DateSource", a.DateSource), ("@DateConfidence", a.DateConfidence), ("@DateEvidence", a.DateEvidence),
            ("@SummitId", a.SummitId), ("@SummitConfidence", a.SummitConfidence), ("@SummitEvidence", a.SummitEvidence),
            ("@Entities", StoreJson.Serialize(a.Entities)),
            ("@OriginalText", StoredOriginalText.Compress(a.OriginalText)),
        ];

        public Article ToArticle()
        {
            var original = StoredOriginalText.Read(Original_Text);
            return new Article
            {
                Id = Id, FileName = File_Name, ContentHash = Content_Hash, Encoding = Encoding, Title = Title,
                Dateline = Dateline, Byline = Byline, Source = Source,
                SourceIds = JsonSerializer.Deserialize<string[]>(Source_Ids) ?? [],
                Paragraphs = ParagraphSpans.Decode(original, Paragraphs),
                Captions = JsonSerializer.Deserialize<string[]>(Captions) ?? [],
                Date = Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateSource = Date_Source, DateConfidence = Date_Confidence, DateEvidence = Date_Evidence,
                SummitId = Summit_Id, SummitConfidence = Summit_Confidence, SummitEvidence = Summit_Evidence,
                Entities = JsonSerializer.Deserialize<string[]>(Entities) ?? [],
                OriginalText = original,
            };
        }
    }
}
