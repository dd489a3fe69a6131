using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// What imports and reparses ask of a parser: an article from a decoded file, and a name for the rules it applies
/// (a store parsed under another name is parsed again). <see cref="ArticleParser"/> is the product's; the scale
/// benchmark swaps in one that reads only a title and a body, to measure what the parse costs an import.
/// </summary>
public interface IArticleParser
{
    /// <summary>The rules and catalogs this parser applies; a store parsed with another fingerprint is out of date.</summary>
    string Fingerprint { get; }

    /// <summary>The article in <paramref name="decoded"/>, the text of file <paramref name="fileName"/>.</summary>
    Article Parse(string fileName, string contentHash, DecodedText decoded);
}
