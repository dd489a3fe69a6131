using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Sources;
using NewsCorpus.Core.Ingestion.PageStructure;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>The catalogs shipped in data/ (read-only, so safe to share between tests) and parsers over them.</summary>
internal static class RepoCatalogs
{
    private static readonly Lazy<Catalogs> Loaded = new(() => Catalogs.Load(Path.Combine(RepoRoot.Find(), "data")));

    public static Catalogs Catalogs => Loaded.Value;

    public static ArticleStructureParser StructureParser() => new(Catalogs.Boilerplate, Catalogs.Sources, Catalogs.Calendar);

    public static SourceNameFinder SourceNames() => new(Catalogs.Sources);

    /// <summary>Parses a sample from data/articles the way the importer does (decode, clean, parse).</summary>
    public static ArticleStructure ParseSample(string fileNamePrefix) =>
        ParseBytes(File.ReadAllBytes(SamplePath(fileNamePrefix)));

    public static ArticleStructure ParseBytes(byte[] bytes) =>
        StructureParser().Parse(TextCleaner.Clean(TextDecoder.Decode(bytes).Text!));

    public static string SamplePath(string fileNamePrefix) =>
        Directory.GetFiles(TestCorpus.SampleArticles, fileNamePrefix + "_*.txt").Single();

    public static IEnumerable<string> SamplePaths() =>
        Directory.GetFiles(TestCorpus.SampleArticles, "*.txt").Order(StringComparer.Ordinal);

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
