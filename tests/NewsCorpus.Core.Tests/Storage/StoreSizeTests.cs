using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

public sealed class StoreSizeTests : IDisposable
{
    private static readonly string[] OldParagraphs = ["قال \"بوتين\"", "ثم\nغادر"];
    private readonly TestCorpus _corpus = new();

    private static Article Make(string id, string original, string[] paragraphs) => new()
    {
        Id = id, FileName = id + ".txt", ContentHash = id, Encoding = "utf-8", Title = "عنوان",
        Paragraphs = paragraphs, Captions = ["صورة: بوتين"], Entities = ["putin"], OriginalText = original,
    };

    private string Column(string column, string id)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_corpus.Corpus.Options.DataDir, Database.FileName)};Pooling=False");
        return connection.ExecuteScalar<string>($"SELECT {column} FROM articles WHERE id = @id", new { id }) ?? "";
    }

    [Fact]
    public void Paragraphs_found_in_the_original_are_stored_as_spans_and_read_back_as_the_same_text()
    {
        // The second paragraph is not in the original as written (the cleaning changed it), so it is kept as text.
        const string original = "عنوان\nموسكو - قال بوتين إن القمة ناجحة.\nوأضاف أن <b>الحوار</b> مستمر.\nقال بوتين إن القمة ناجحة.\n";
        string[] paragraphs = ["قال بوتين إن القمة ناجحة.", "وأضاف أن الحوار مستمر.", "قال بوتين إن القمة ناجحة."];
        _corpus.Corpus.Store.Upsert(Make("a", original, paragraphs));

        Assert.Equal(paragraphs, _corpus.Corpus.Store.Get("a")!.Paragraphs);
        var stored = Column("paragraphs", "a");
        // The repeated paragraph points at its own, later, occurrence.
        var first = original.IndexOf(paragraphs[0], StringComparison.Ordinal);
        var last = original.LastIndexOf(paragraphs[2], StringComparison.Ordinal);
        Assert.Equal($"[[{first},25],\"وأضاف أن الحوار مستمر.\",[{last},25]]", stored);
    }

    [Fact]
    public void Json_columns_keep_arabic_as_utf8_text_rather_than_escapes()
    {
        _corpus.Corpus.Store.Upsert(Make("b", "نص", ["فقرة \"مقتبسة\" ليست في النص"]));

        Assert.Equal("[\"فقرة \\\"مقتبسة\\\" ليست في النص\"]", Column("paragraphs", "b"));
        Assert.Equal("[\"صورة: بوتين\"]", Column("captions", "b"));
        Assert.Equal(["فقرة \"مقتبسة\" ليست في النص"], _corpus.Corpus.Store.Get("b")!.Paragraphs);
    }

    [Fact]
    public void Migration_007_rewrites_escaped_rows_of_an_older_store_and_counts_what_it_holds()
    {
        var path = Path.Combine(_corpus.Dir, "old.db");
        var database = new Database(path);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            // Back to a store as version 6 left it: no counts, no index, no editorial tables (008), rows written with
            // the default encoder.
            connection.Execute("""
                ALTER TABLE article_overrides DROP COLUMN edited_by; ALTER TABLE article_overrides DROP COLUMN reason;
                DROP TABLE editorial_log; DROP TABLE article_removals;
                DROP TRIGGER article_counts_insert; DROP TRIGGER article_counts_delete; DROP TRIGGER article_counts_update;
                DROP TABLE article_counts; DROP INDEX articles_imported; DELETE FROM schema_migrations WHERE number > 6; PRAGMA user_version = 6;
                """);
            connection.Execute("""
                INSERT INTO articles (id, file_name, content_hash, encoding, title, paragraphs, captions, entities, source_ids,
                                      date, summit_id, original_text, imported_at, updated_at)
                VALUES ('old', 'old.txt', 'h', 'utf-8', 't', @paragraphs, '[]', '["putin"]', '[]', '2016-09-05', 'g20-2016-hangzhou', 'x', 'now', 'now')
                """, new { paragraphs = System.Text.Json.JsonSerializer.Serialize(OldParagraphs) });
            Assert.Contains("\\u0642", connection.ExecuteScalar<string>("SELECT paragraphs FROM articles"), StringComparison.Ordinal);

            SchemaMigrator.Migrate(connection);

            Assert.Equal("[\"قال \\\"بوتين\\\"\",\"ثم\\nغادر\"]", connection.ExecuteScalar<string>("SELECT paragraphs FROM articles"));
        }
        var store = new ArticleStore(database);
        Assert.Equal(OldParagraphs, store.GetParsed("old")!.Paragraphs);
        Assert.Equal(1, store.Count());
        Assert.Equal([new ValueCount("g20-2016-hangzhou", 1)], store.CountBySummit());
        Assert.Equal([new ValueCount("2016-09", 1)], store.CountByMonth());
    }

    public void Dispose() => _corpus.Dispose();
}
