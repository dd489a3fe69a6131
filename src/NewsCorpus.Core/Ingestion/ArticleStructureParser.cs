using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Splits cleaned article text into its <see cref="ArticleStructure"/>. Pure.</summary>
public sealed class ArticleStructureParser(BoilerplatePhrases boilerplate, SourceCatalog sources)
{
    public ArticleStructure Parse(string cleanedText)
    {
        _ = (boilerplate, sources);
        var lines = cleanedText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new ArticleStructure
        {
            Title = lines.Length > 0 ? lines[0] : "",
            Paragraphs = lines.Skip(1).ToArray(),
        };
    }
}
