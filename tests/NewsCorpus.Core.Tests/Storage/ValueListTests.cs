using Dapper;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>
/// Lists handed to SQLite as one JSON parameter (<see cref="ValueList"/>): every value found exactly as written,
/// whatever characters it holds, however many there are.
/// </summary>
public sealed class ValueListTests : IDisposable
{
    // What JSON escapes or SQL quotes, and what a file name from any outlet may hold.
    private static readonly string[] Awkward =
    [
        "قمة-هانغتشو.txt", "it's \"quoted\".txt", @"back\slash.txt", "new\nline.txt", "tab\there.txt", "😀 emoji.txt",
        "', '); DROP TABLE articles; --.txt", "[\"array\"].txt", "  spaces  .txt", "ﻻ presentation.txt",
    ];

    private readonly TestCorpus _corpus = new();

    [Fact]
    public void Each_value_of_a_list_is_matched_exactly_whatever_it_holds()
    {
        using var transaction = _corpus.Corpus.Store.BeginWrite();
        var connection = transaction.Connection;
        connection.Execute("CREATE TEMP TABLE names (name TEXT PRIMARY KEY)", transaction: transaction.Transaction);
        foreach (var name in Awkward)
            connection.Execute("INSERT INTO names VALUES (@name)", new { name }, transaction.Transaction);

        var asked = Awkward.Where((_, i) => i % 2 == 0).Append("missing.txt").Append(Awkward[0]).Append(Awkward[0].ToUpperInvariant() + "x").ToList();
        var found = connection.Query<string>($"SELECT name FROM names WHERE name IN {ValueList.In("@names")}", new { names = ValueList.Of(asked) }, transaction.Transaction);

        Assert.Equal(Awkward.Where((_, i) => i % 2 == 0).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stored_hashes_are_found_for_every_file_asked_for_and_only_those()
    {
        var names = Awkward.Concat(Enumerable.Range(0, 1_200).Select(i => $"file-{i}.txt")).ToList();
        using (var transaction = _corpus.Corpus.Store.BeginWrite())
        {
            foreach (var (name, i) in names.Select((n, i) => (n, i)))
                ArticleStore.Write(Make("id" + i, name), transaction);
            transaction.Commit();
        }
        var asked = names.Where((_, i) => i % 3 != 1).Append("never-imported.txt").ToList();

        var hashes = _corpus.Corpus.Store.FindHashes(asked);

        Assert.Equal(names.Where((_, i) => i % 3 != 1).Order(StringComparer.Ordinal), hashes.Keys.Order(StringComparer.Ordinal));
        Assert.All(hashes, h => Assert.Equal("hash of " + h.Key, h.Value));
        var read = _corpus.Corpus.Store.GetParsedWithTextForm(["id0", "id5", "id1205", "nothing"]);
        Assert.Equal([names[0], names[1205], names[5]], read.Select(r => r.Article.FileName)); // in id order
    }

    private static Article Make(string id, string fileName) => new()
    {
        Id = id, FileName = fileName, ContentHash = "hash of " + fileName, Encoding = "utf-8", Title = "عنوان",
        Paragraphs = ["فقرة"], OriginalText = "عنوان\nفقرة",
    };

    public void Dispose() => _corpus.Dispose();
}
