using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class TitleEchoTests
{
    private const string Title = "بوتين وبايدن يتفقان على عودة السفراء بعد قمة جنيف";

    [Theory]
    [InlineData(Title)]
    [InlineData("بوتين وبايدن يتفقان على عودة السفراء بعد قمـة جنيف.")]
    [InlineData("بوتين وبايدن يتفقان على عوده السفراء بعد قمة جنيف")]
    public void The_title_printed_again_is_an_echo(string line) => Assert.True(TitleEcho.Repeats(Title, line));

    [Theory]
    [InlineData("بوتين وبايدن يتفقان على عودة السفراء بعد قمة جنيف، وعلى بدء حوار حول الاستقرار الإستراتيجي والأمن السيبراني")]
    [InlineData("عقد الرئيسان اجتماعا دام ثلاث ساعات في جنيف")]
    public void A_lead_that_says_more_than_the_title_is_not_an_echo(string line) => Assert.False(TitleEcho.Repeats(Title, line));
}
