using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>The catalogs shipped in data/, loaded once for the parsing tests, and helpers to parse through them.</summary>
internal static class RealCatalogs
{
    public static Catalogs Catalogs { get; } = Catalogs.Load(Path.Combine(RepoRoot.Find(), "data"));

    public static ArticleParser Parser { get; } = new(Catalogs);

    /// <summary>Parses one of the sample articles by its number (000–004).</summary>
    public static Article Sample(string number)
    {
        var file = Directory.GetFiles(TestCorpus.SampleArticles, $"{number}_*").Single();
        var bytes = File.ReadAllBytes(file);
        return Parser.Parse(Path.GetFileName(file), ArticleId.ContentHash(bytes), TextDecoder.Decode(bytes));
    }

    /// <summary>An article text built by hand: title, captions and paragraphs kept apart as the structure parser will.</summary>
    public static ArticleText Text(string title, string[]? paragraphs = null, string[]? captions = null,
        string? dateline = null, string[]? published = null) =>
        ArticleText.From(new ArticleStructure
        {
            Title = title,
            Dateline = dateline,
            Paragraphs = paragraphs ?? [],
            Captions = captions ?? [],
            PublishedLines = published ?? [],
        }, Catalogs.Boilerplate);
}
