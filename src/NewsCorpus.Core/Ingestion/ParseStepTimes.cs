using System.Diagnostics;

namespace NewsCorpus.Core.Ingestion;

/// <summary>The steps <see cref="ArticleParser"/> runs, in order, for a profile of where parsing time goes.</summary>
public enum ParseStep
{
    Clean,
    Structure,
    ArticleText,
    Entities,
    DateClues,
    Summit,
    Date,
}

/// <summary>
/// Time spent in each <see cref="ParseStep"/>, summed over the articles parsed with it. Only a profile passes one:
/// the importer passes none, so production parsing reads no clock.
/// </summary>
public sealed class ParseStepTimes
{
    private readonly long[] _ticks = new long[Enum.GetValues<ParseStep>().Length];
    private long _last;

    public int Articles { get; private set; }

    /// <summary>Milliseconds spent in <paramref name="step"/> over every article.</summary>
    public double Milliseconds(ParseStep step) => _ticks[(int)step] * 1000.0 / Stopwatch.Frequency;

    public void Reset()
    {
        Array.Clear(_ticks);
        Articles = 0;
    }

    internal void Begin()
    {
        Articles++;
        _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Charges the time since the previous step ended to <paramref name="step"/>.</summary>
    internal void End(ParseStep step)
    {
        var now = Stopwatch.GetTimestamp();
        _ticks[(int)step] += now - _last;
        _last = now;
    }
}
