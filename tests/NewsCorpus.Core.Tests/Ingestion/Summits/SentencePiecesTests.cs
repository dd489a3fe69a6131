using System.Text.RegularExpressions;
using NewsCorpus.Core.Ingestion.Summits;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion.Summits;

/// <summary>A unit is cut into sentences by a loop; the pieces are the ones the pattern it replaced split out.</summary>
public sealed class SentencePiecesTests
{
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?؟؛])\s+|\n");

    [Theory]
    [InlineData("")]
    [InlineData("جملة واحدة")]
    [InlineData("التقى الرئيسان. ثم تحدثا! هل اتفقا؟ نعم؛ اتفقا")]
    [InlineData("سطر\nسطر\n\nسطر\n")]
    [InlineData("\nجملة.\n\n  جملة.")]
    [InlineData("قال: 3.5 مليار. وأضاف...  ثم \u00a0\u2003سكت.")]
    [InlineData("انتهى.\r\nبدأ؟\t\tثم.")]
    [InlineData("....؟؟!! ؛ ")]
    [InlineData(". بداية")]
    [InlineData("سطر.\nسطر.")]
    [InlineData("3.5% و2.1؟\n\n؛\nنهاية؟")]
    [InlineData("\n")]
    [InlineData(".")]
    public void Pieces_are_the_patterns_split(string text) => AssertSame(text);

    [Fact]
    public void Every_sample_and_real_page_unit_is_cut_as_the_pattern_cut_it()
    {
        var files = RepoCatalogs.SamplePaths()
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "tests", "NewsCorpus.Core.Tests", "Ingestion", "RealPages"), "*.txt"))
            .ToList();
        var texts = files.SelectMany(f =>
        {
            var raw = TextDecoder.Decode(File.ReadAllBytes(f)).Text!;
            return new[] { raw, ArabicNormalizer.Normalize(raw) }.Concat(raw.Split('\n').Select(ArabicNormalizer.Normalize));
        }).ToList();

        Assert.True(files.Count > 20);
        Assert.All(texts, AssertSame);
    }

    private static void AssertSame(string text) =>
        Assert.Equal(SentenceEnd.Split(text), SummitSentence.Pieces(text).Select(p => text.Substring(p.Start, p.Length)));
}
