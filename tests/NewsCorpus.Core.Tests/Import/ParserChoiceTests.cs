using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Import;

/// <summary>
/// The options' parser (the scale benchmark's <c>--parser-share</c> imports through one that reads a title and a body
/// only) is the one an import uses, and the store records its rules: what that benchmark measures is the import
/// without the product's parse, not the product's.
/// </summary>
public class ParserChoiceTests
{
    [Fact]
    public void An_import_parses_with_the_parser_its_options_give()
    {
        var dir = Directory.CreateTempSubdirectory("newscorpus-test-").FullName;
        try
        {
            var parser = new FirstLineParser();
            using (var corpus = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(dir, "var"), Parser = _ => parser }))
            {
                var file = Path.Combine(dir, "wire.txt");
                File.WriteAllText(file, "عنوان الخبر\nبوتين وأوباما في قمة العشرين في هانغتشو يوم 5 سبتمبر 2016");
                corpus.Importer.Import([file]);
                var article = corpus.Store.Get(ArticleId.FromFileName("wire.txt"))!;
                Assert.Equal("عنوان الخبر", article.Title);
                Assert.Equal(["بوتين وأوباما في قمة العشرين في هانغتشو يوم 5 سبتمبر 2016"], article.Paragraphs);
                Assert.Equal(1, parser.Parsed);
                Assert.True(corpus.StoreIsCurrent);
            }
            // The store records whose rules parsed it: the product's own parser would parse it again.
            using var product = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(dir, "var") });
            Assert.False(product.StoreIsCurrent);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class FirstLineParser : IArticleParser
    {
        public int Parsed { get; private set; }

        public string Fingerprint => "first-line-test";

        public Article Parse(string fileName, string contentHash, DecodedText decoded)
        {
            Parsed++;
            var lines = decoded.Text!.Split('\n', 2);
            return new Article
            {
                Id = ArticleId.FromFileName(fileName), FileName = fileName, ContentHash = contentHash, Encoding = decoded.EncodingName!,
                Title = lines[0], Paragraphs = lines.Length > 1 ? [lines[1]] : [], OriginalText = decoded.Text,
            };
        }
    }
}
