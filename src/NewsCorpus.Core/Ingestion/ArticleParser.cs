using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Turns a decoded article file into an <see cref="Article"/>. Pure: no disk, no database.</summary>
public sealed class ArticleParser(Catalogs catalogs)
{
    private readonly ArticleStructureParser _structure = new(catalogs.Boilerplate, catalogs.Sources);

    public Article Parse(string fileName, string contentHash, DecodedText decoded)
    {
        var original = decoded.Text ?? throw new ArgumentException("Cannot parse a refused file.", nameof(decoded));
        var structure = _structure.Parse(TextCleaner.Clean(original));
        return new Article
        {
            Id = ArticleId.FromFileName(fileName),
            FileName = fileName,
            ContentHash = contentHash,
            Encoding = decoded.EncodingName!,
            Title = structure.Title.Length > 0 ? structure.Title : fileName,
            Dateline = structure.Dateline,
            Source = structure.Source,
            SourceIds = structure.SourceIds,
            Captions = structure.Captions,
            Paragraphs = structure.Paragraphs,
            OriginalText = original,
        };
    }
}
