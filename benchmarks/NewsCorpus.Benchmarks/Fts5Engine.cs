using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// SQLite FTS5 with <c>unicode61 remove_diacritics 2</c> over the same articles (title, body, captions), metadata in a
/// side table for the filters. Queries are translated to FTS5 syntax as far as it goes (<see cref="Fts5QueryTranslator"/>);
/// a query FTS5 rejects is retried as its plain words, as the app does.
/// </summary>
public sealed class Fts5Engine : ISearchEngine
{
    private readonly SqliteConnection _db = new("Data Source=:memory:");

    public Fts5Engine(JudgedSet set)
    {
        _db.Open();
        Execute("""
            CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, body, captions, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE meta(id TEXT PRIMARY KEY, summit TEXT, year INTEGER, day INTEGER, sources TEXT, persons TEXT);
            """);
        foreach (var article in set.Articles)
            Insert(article);
    }

    public string Name => "SQLite FTS5 unicode61";

    public IReadOnlyList<string> Search(JudgedQuery query)
    {
        try
        {
            return Run(query, Fts5QueryTranslator.Translate(query.Query));
        }
        catch (SqliteException)
        {
            return Run(query, Fts5QueryTranslator.PlainWords(query.Query));
        }
    }

    private List<string> Run(JudgedQuery query, string match)
    {
        using var command = _db.CreateCommand();
        var where = new List<string>();
        var filters = query.Filters;
        if (match.Length > 0)
            where.Add("fts MATCH $match");
        if (filters?.Summit is not null)
            where.Add("meta.summit = $summit");
        if (filters?.Year is not null)
            where.Add("meta.year = $year");
        if (filters?.From is not null)
            where.Add("meta.day >= $from");
        if (filters?.To is not null)
            where.Add("meta.day <= $to");
        if (filters?.Source is not null)
            where.Add("meta.sources LIKE $source");
        if (filters?.Person is not null)
            where.Add("meta.persons LIKE $person");
        command.CommandText = "SELECT fts.id FROM fts JOIN meta ON meta.id = fts.id"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + (match.Length > 0 ? " ORDER BY rank" : " ORDER BY meta.day DESC");
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$summit", (object?)filters?.Summit ?? DBNull.Value);
        command.Parameters.AddWithValue("$year", (object?)filters?.Year ?? DBNull.Value);
        command.Parameters.AddWithValue("$from", (object?)filters?.From?.Replace("-", "", StringComparison.Ordinal) ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)filters?.To?.Replace("-", "", StringComparison.Ordinal) ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", $"% {filters?.Source} %");
        command.Parameters.AddWithValue("$person", $"% {filters?.Person} %");
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    private void Insert(Article article)
    {
        using var command = _db.CreateCommand();
        command.CommandText = """
            INSERT INTO fts(id, title, body, captions) VALUES ($id, $title, $body, $captions);
            INSERT INTO meta VALUES ($id, $summit, $year, $day, $sources, $persons);
            """;
        command.Parameters.AddWithValue("$id", article.Id);
        command.Parameters.AddWithValue("$title", article.Title);
        command.Parameters.AddWithValue("$body", article.Body);
        command.Parameters.AddWithValue("$captions", string.Join("\n", article.Captions));
        command.Parameters.AddWithValue("$summit", (object?)article.SummitId ?? DBNull.Value);
        command.Parameters.AddWithValue("$year", (object?)article.Date?.Year ?? DBNull.Value);
        command.Parameters.AddWithValue("$day", (object?)(article.Date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null) ?? DBNull.Value);
        command.Parameters.AddWithValue("$sources", $" {string.Join(' ', article.SourceIds)} ");
        command.Parameters.AddWithValue("$persons", $" {string.Join(' ', article.Entities)} ");
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
