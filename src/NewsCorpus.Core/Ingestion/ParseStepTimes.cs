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
/// Time spent and memory allocated in each <see cref="ParseStep"/>, summed over the articles parsed with it. Only a profile passes one:
/// the importer passes none, so production parsing reads no clock.
/// </summary>
public sealed class ParseStepTimes
{
    private readonly long[] _ticks = new long[Enum.GetValues<ParseStep>().Length];
    private readonly long[] _bytes = new long[Enum.GetValues<ParseStep>().Length];
    private long _last;
    private long _lastBytes;

    public int Articles { get; private set; }

    /// <summary>Milliseconds spent in <paramref name="step"/> over every article.</summary>
    public double Milliseconds(ParseStep step) => _ticks[(int)step] * 1000.0 / Stopwatch.Frequency;

    /// <summary>Bytes allocated by <paramref name="step"/> over every article (the parsing thread's own allocations).</summary>
    public long Bytes(ParseStep step) => _bytes[(int)step];

    public void Reset()
    {
        Array.Clear(_ticks);
        Array.Clear(_bytes);
        Articles = 0;
    }

    internal void Begin()
    {
        Articles++;
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = Stopwatch.GetTimestamp();
    }

    /// <summary>Charges the time and allocations since the previous step ended to <paramref name="step"/>.</summary>
    internal void End(ParseStep step)
    {
        var now = Stopwatch.GetTimestamp();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        _ticks[(int)step] += now - _last;
        _bytes[(int)step] += bytes - _lastBytes;
        _lastBytes = bytes;
        _last = Stopwatch.GetTimestamp();
    }
}
