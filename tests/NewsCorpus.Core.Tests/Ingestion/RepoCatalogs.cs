using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>The catalogs shipped in data/ (read-only, so safe to share between tests) and parsers over them.</summary>
internal static class RepoCatalogs
{
    private static readonly Lazy<Catalogs> Loaded = new(() => Catalogs.Load(Path.Combine(RepoRoot.Find(), "data")));

    public static Catalogs Catalogs => Loaded.Value;

    public static ArticleStructureParser StructureParser() => new(Catalogs.Boilerplate, Catalogs.Sources);

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
}
