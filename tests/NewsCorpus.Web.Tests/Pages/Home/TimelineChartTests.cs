using NewsCorpus.Core.Storage;
using NewsCorpus.Web.Pages.Home;

namespace NewsCorpus.Web.Tests.Pages.Home;

public sealed class TimelineChartTests
{
    [Fact]
    public void Months_are_placed_in_time_order_with_gaps_kept()
    {
        var chart = TimelineChart.From([new ValueCount("2013-06", 1), new ValueCount("2015-09", 4)]);

        Assert.Equal(2013, chart.FirstYear);
        Assert.Equal(2015, chart.LastYear);
        Assert.Equal(3 * 12 * TimelineChart.Slot, chart.Width);
        var (june, september) = (chart.Bars[0], chart.Bars[1]);
        Assert.Equal((12 * 2 + 8) - 5, (september.X - june.X) / TimelineChart.Slot, 3);
        Assert.Equal(TimelineChart.PlotHeight, september.Height);
        Assert.Equal(TimelineChart.PlotHeight / 4, june.Height);
        Assert.Equal(TimelineChart.PlotHeight, june.Y + june.Height);
    }

    [Fact]
    public void No_dated_articles_make_an_empty_chart()
    {
        Assert.True(TimelineChart.From([new ValueCount("not-a-month", 3)]).IsEmpty);
    }
}
