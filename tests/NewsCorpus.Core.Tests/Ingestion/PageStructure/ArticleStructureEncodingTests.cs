using System.Text;
using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

/// <summary>The same article saved in another encoding must read the same.</summary>
public sealed class ArticleStructureEncodingTests
{
    static ArticleStructureEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Samples() => new(RepoCatalogs.SamplePaths().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_saved_as_utf16_with_bom_reads_the_same_as_utf8(string fileName)
    {
        var (text, expected) = ReadUtf8(fileName);
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);

        var actual = RepoCatalogs.ParseBytes([.. utf16.GetPreamble(), .. utf16.GetBytes(text)]);

        AssertSameStructure(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_saved_as_windows_1256_reads_the_same_as_utf8(string fileName)
    {
        var (text, expected) = ReadUtf8(fileName);
        // Exception fallback: a character the code page cannot hold fails the test instead of turning into "?".
        var cp1256 = Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

        var actual = RepoCatalogs.ParseBytes(cp1256.GetBytes(text));

        AssertSameStructure(expected, actual);
    }

    private static (string Text, ArticleStructure Structure) ReadUtf8(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestCorpus.SampleArticles, fileName));
        return (Encoding.UTF8.GetString(bytes), RepoCatalogs.ParseBytes(bytes));
    }

    private static void AssertSameStructure(ArticleStructure expected, ArticleStructure actual)
    {
        Assert.NotEmpty(expected.Paragraphs);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Dateline, actual.Dateline);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.SourceIds, actual.SourceIds);
        Assert.Equal(expected.Captions, actual.Captions);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(expected.PublishedLines, actual.PublishedLines);
    }
}
