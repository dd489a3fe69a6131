using System.Text.Json;
using NewsCorpus.Core;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks.RealPages;

/// <summary>
/// Made-up pages in the shapes real outlets publish (no title line, wire datelines, Hijri dates, page furniture, …),
/// each <c>NAME.txt</c> beside <c>NAME.expected.json</c> saying what the parser must get from it, in
/// <c>tests/NewsCorpus.Core.Tests/Ingestion/RealPages/</c>. The golden tests and the field-accuracy benchmark read the
/// same files.
/// </summary>
public sealed record RealPageSet(IReadOnlyList<RealPage> Pages, Catalogs Catalogs)
{
    public static string Folder(string repoRoot) => Path.Combine(repoRoot, "tests", "NewsCorpus.Core.Tests", "Ingestion", "RealPages");

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static RealPageSet Load(string? repoRoot = null)
    {
        var root = repoRoot ?? RepoRoot.Find();
        var catalogs = Catalogs.Load(Path.Combine(root, "data"));
        var parser = new ArticleParser(catalogs);
        var pages = new List<RealPage>();
        foreach (var expectedPath in Directory.EnumerateFiles(Folder(root), "*.expected.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expectedPath)[..^".expected.json".Length];
            var pagePath = Directory.EnumerateFiles(Folder(root), name + ".*")
                .SingleOrDefault(p => !p.EndsWith(".expected.json", StringComparison.Ordinal))
                ?? throw new FileNotFoundException($"{expectedPath} has no page file beside it");
            var expected = JsonSerializer.Deserialize<RealPageExpectation>(File.ReadAllText(expectedPath), Json)
                ?? throw new InvalidDataException($"{expectedPath} is empty");
            var bytes = File.ReadAllBytes(pagePath);
            var decoded = TextDecoder.Decode(bytes);
            var article = decoded.IsRefused
                ? null
                : parser.Parse(Path.GetFileName(pagePath), ArticleId.ContentHash(bytes), decoded);
            pages.Add(new RealPage(name, expected, article, decoded.Refusal));
        }
        return new RealPageSet(pages, catalogs);
    }
}

/// <summary>One made-up page, what is expected of it, and what the parser made of it (null when refused).</summary>
public sealed record RealPage(string Name, RealPageExpectation Expected, Article? Article, string? Refusal)
{
    public IReadOnlyList<FieldCheck> Checks() => FieldCheck.All(Expected, Article, Refusal);

    public override string ToString() => Name;
}
