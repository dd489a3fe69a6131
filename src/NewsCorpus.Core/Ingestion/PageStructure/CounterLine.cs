using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// A page's counters and time stamps: <c>1,234 مشاهدة</c>, <c>التعليقات (3)</c>, <c>منذ 3 ساعات</c>, an agency's
/// <c>18:35 ت م</c>. Numbers with nothing beside them but the labels of <c>data/boilerplate.json</c>.
/// </summary>
internal sealed partial class CounterLine(BoilerplatePhrases boilerplate)
{
    private const int MaxWords = 6;
    private readonly LabelRun _labels = new(boilerplate.CounterLabels);

    public bool Is(string line)
    {
        if (LineShape.HasMoreWordsThan(line, MaxWords) || !LineShape.HasDigit(line))
            return false;
        var words = Number().Replace(line, " ");
        return words.Any(char.IsLetter) && _labels.CountWhole(words) > 0;
    }

    // A count or a clock time: "1,234", "18:35", "٣".
    [GeneratedRegex(@"\d[\d,.:٫٬]*")]
    private static partial Regex Number();
}
