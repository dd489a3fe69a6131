using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class CounterLineTests
{
    private readonly CounterLine _counters = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("18:35 ت م")]
    [InlineData("1,234 مشاهدة")]
    [InlineData("التعليقات (3)")]
    [InlineData("منذ 3 ساعات")]
    [InlineData("عدد القراءات: 5120")]
    [InlineData("12 views · 3 comments")]
    public void Counters_and_time_stamps_are_counters(string line) => Assert.True(_counters.Is(line));

    [Theory]
    [InlineData("3 أيام من المفاوضات في جنيف")]
    [InlineData("مشاهدة القمة على الهواء")]
    [InlineData("قتل 12 شخصا في الهجوم.")]
    [InlineData("قمة 2018")]
    public void Lines_with_numbers_that_say_something_are_not(string line) => Assert.False(_counters.Is(line));
}
