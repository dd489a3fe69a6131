using NewsCorpus.Core.Ingestion.PageStructure;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class TitleEchoTests
{
    private const string Title = "بوتين وبايدن يتفقان على عودة السفراء بعد قمة جنيف";

    [Theory]
    [InlineData(Title)]
    [InlineData("بوتين وبايدن يتفقان على عودة السفراء بعد قمـة جنيف.")]
    [InlineData("بوتين وبايدن يتفقان على عوده السفراء بعد قمة جنيف")]
    [InlineData("بوتين وبايدن يتفقان على عودة السفراء بعد قمة جنيف اليوم")] // a word more than the title: still within the share
    public void The_title_printed_again_is_an_echo(string line) => Assert.True(TitleEcho.Repeats(Title, line));

    [Theory]
    [InlineData("بوتين وبايدن يتفقان على عودة السفراء بعد قمة جنيف، وعلى بدء حوار حول الاستقرار الإستراتيجي والأمن السيبراني")]
    [InlineData("عقد الرئيسان اجتماعا دام ثلاث ساعات في جنيف")]
    public void A_lead_that_says_more_than_the_title_is_not_an_echo(string line) => Assert.False(TitleEcho.Repeats(Title, line));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ـــ . ، - ...")] // tatweel and punctuation alone: no word
    [InlineData("الأمـ.ـن  القومي\u00a0و\tالسيبراني")]
    [InlineData(" Putin, Biden - 2021 (AFP) ")]
    [InlineData("كلمة\u200cكلمة ٢٠١٦ ‏")]
    public void Words_are_counted_as_they_are_cut(string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        Assert.Equal(TitleEcho.Words(text).Count, TitleEcho.WordCount(text));
    }

    [Fact]
    public void Every_sample_line_is_counted_as_cut_and_judged_an_echo_as_without_the_bound()
    {
        var lines = RepoCatalogs.SamplePaths()
            .SelectMany(p => TextDecoder.Decode(File.ReadAllBytes(p)).Text!.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // Each file's first line is its title (or what stands in its place): every line is asked against each.
        var titles = RepoCatalogs.SamplePaths().Select(p => TextDecoder.Decode(File.ReadAllBytes(p)).Text!.Split('\n')[0].Trim()).ToList();

        Assert.All(lines, l => Assert.Equal(TitleEcho.Words(l).Count, TitleEcho.WordCount(l)));
        var echoes = 0;
        foreach (var title in titles)
        {
            foreach (var line in lines)
            {
                var expected = TitleEcho.SharesWords(TitleEcho.Words(title), TitleEcho.Words(line));
                Assert.Equal(expected, TitleEcho.Repeats(title, line));
                echoes += expected ? 1 : 0;
            }
        }
        Assert.InRange(echoes, titles.Count, lines.Count); // each title is at least its own echo
    }
}
