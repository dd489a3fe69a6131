using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Turns a decoded article file into an <see cref="Article"/>. Pure: no disk, no database.</summary>
public static class ArticleParser
{
    public static Article Parse(string fileName, string contentHash, DecodedText decoded)
    {
        var original = decoded.Text ?? throw new ArgumentException("Cannot parse a refused file.", nameof(decoded));
        var lines = TextCleaner.Clean(original)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new Article
        {
            Id = ArticleId.FromFileName(fileName),
            FileName = fileName,
            ContentHash = contentHash,
            Encoding = decoded.EncodingName!,
            Title = lines.Length > 0 ? lines[0] : fileName,
            Paragraphs = lines.Skip(1).ToArray(),
            OriginalText = original,
        };
    }
}
