using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>Counts the matching documents per month (<c>yyyyMM</c>) from their date doc values; undated ones are not counted.</summary>
internal sealed class DateHistogramCollector : ICollector
{
    private readonly Dictionary<int, int> _months = [];
    private NumericDocValues? _dates;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _dates = context.AtomicReader.GetNumericDocValues(IndexFields.DateSort);

    public void Collect(int doc)
    {
        var date = (int)(_dates?.Get(doc) ?? 0);
        if (date == 0)
            return;
        var month = date / 100;
        _months[month] = _months.GetValueOrDefault(month) + 1;
    }

    /// <summary>Counts per month, oldest first.</summary>
    public IReadOnlyList<MonthCount> Result() =>
        _months.OrderBy(m => m.Key).Select(m => new MonthCount(m.Key / 100, m.Key % 100, m.Value)).ToList();
}
