using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// Reads a file as bare Lucene's worker does — the first line is the title, the rest the body — and nothing else: no
/// cleaning, page structure, dates, summits, entities or sources. An import through it measures everything but the
/// parse (decoding, the store, the four analysed fields, commits), so the scale benchmark's <c>--parser-share</c>
/// can say how much of the import the parse costs.
/// </summary>
internal sealed class TitleAndBodyParser : IArticleParser
{
    public string Fingerprint => "title-and-body-1";

    public Article Parse(string fileName, string contentHash, DecodedText decoded)
    {
        var text = decoded.Text ?? throw new ArgumentException("Cannot parse a refused file.", nameof(decoded));
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new Article
        {
            Id = ArticleId.FromFileName(fileName),
            FileName = fileName,
            ContentHash = contentHash,
            Encoding = decoded.EncodingName!,
            Title = newline < 0 ? text : text[..newline],
            Paragraphs = newline < 0 ? [] : [text[(newline + 1)..]],
            OriginalText = text,
        };
    }
}
