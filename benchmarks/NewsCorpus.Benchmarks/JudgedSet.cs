using System.Globalization;
using System.Text.Json;
using NewsCorpus.Core;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// The judged query set and the articles it is judged on: the sample articles in <c>data/articles</c> (parsed as
/// the importer parses them, keyed by file name without extension) and the test articles in
/// <c>tests/NewsCorpus.Core.Tests/Search/JudgedCorpus/articles.json</c>. The tests and the benchmark read the same files.
/// </summary>
public sealed record JudgedSet(IReadOnlyList<Article> Articles, IReadOnlyList<JudgedQuery> Queries, Catalogs Catalogs)
{
    public static string Folder(string repoRoot) => Path.Combine(repoRoot, "tests", "NewsCorpus.Core.Tests", "Search", "JudgedCorpus");

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static JudgedSet Load(string? repoRoot = null)
    {
        var root = repoRoot ?? RepoRoot.Find();
        var catalogs = Catalogs.Load(Path.Combine(root, "data"));
        var articles = SampleArticles(root, catalogs).Concat(TestArticles(Folder(root))).ToList();
        var queries = Read<QueriesFile>(Path.Combine(Folder(root), "judged-queries.json")).Queries;
        return new JudgedSet(articles, queries, catalogs);
    }

    private static IEnumerable<Article> SampleArticles(string root, Catalogs catalogs)
    {
        var parser = new ArticleParser(catalogs);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "data", "articles")).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            var article = parser.Parse(Path.GetFileName(path), ArticleId.ContentHash(bytes), TextDecoder.Decode(bytes));
            yield return article with { Id = Path.GetFileNameWithoutExtension(path) };
        }
    }

    private static IEnumerable<Article> TestArticles(string folder) =>
        Read<ArticlesFile>(Path.Combine(folder, "articles.json")).Articles.Select(a => new Article
        {
            Id = a.Key,
            FileName = a.Key + ".txt",
            ContentHash = a.Key,
            Encoding = "utf-8",
            Title = a.Title,
            Source = a.SourceName,
            SourceIds = a.Sources,
            Paragraphs = a.Paragraphs,
            Captions = a.Captions,
            Date = a.Date is null ? null : DateOnly.ParseExact(a.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            SummitId = a.Summit,
            Entities = a.Persons,
            OriginalText = string.Join("\n", [a.Title, .. a.Paragraphs]),
        });

    private static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException($"{path} is empty.");

    private sealed record QueriesFile(IReadOnlyList<JudgedQuery> Queries);
    private sealed record ArticlesFile(IReadOnlyList<JudgedArticle> Articles);

    private sealed record JudgedArticle(
        string Key, string Title, string? Date, string? Summit, IReadOnlyList<string> Sources, string? SourceName,
        IReadOnlyList<string> Persons, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions);
}

/// <summary>One judged query: what a journalist types, the articles that must come back and those that must not.</summary>
public sealed record JudgedQuery(
    string Id,
    string Aspect,
    string Query,
    IReadOnlyList<string> Must,
    IReadOnlyList<string> MustNot,
    JudgedFilters? Filters = null,
    string? First = null,
    string? Note = null)
{
    public override string ToString() => Id;
}

/// <summary>Filters a judged query runs with (names as in <c>SearchRequest</c>).</summary>
public sealed record JudgedFilters(string? Summit, int? Year, string? From, string? To, string? Source, string? Person);
