namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// Another process's resident memory sampled four times a second until disposed or until it ends: the most of it in
/// all (its own high-water mark, VmHWM, read at each sample, so a process that has ended keeps its last reading) and
/// the most anonymous and file-backed memory, each at its own peak.
/// </summary>
internal sealed class ProcessPeaks : IDisposable
{
    private readonly int _pid;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private double _rss;
    private double _anonymous;
    private double _fileBacked;

    public ProcessPeaks(int pid)
    {
        _pid = pid;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
    }

    /// <summary>The peaks so far in MB, after one more sample while the process still runs.</summary>
    public (double Rss, double Anonymous, double FileBacked) Peaks()
    {
        Sample();
        lock (_gate)
            return (_rss, _anonymous, _fileBacked);
    }

    private void Sample()
    {
        var rss = ProcessMemory.PeakMb(_pid);
        var (anonymous, fileBacked) = ProcessMemory.SplitMb(_pid);
        lock (_gate)
        {
            _rss = Math.Max(_rss, rss);
            _anonymous = Math.Max(_anonymous, anonymous);
            _fileBacked = Math.Max(_fileBacked, fileBacked);
        }
    }

    public void Dispose() => _timer.Dispose();
}
