namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// Lets at most <see cref="ExportOptions.MaxConcurrentExports"/> exports run at once: an export holds a searcher
/// and a core for as long as the client reads, so a few of them must not starve the pages.
/// </summary>
public sealed class ExportGate(Microsoft.Extensions.Options.IOptions<ExportOptions> options) : IDisposable
{
    /// <summary>Seconds a refused client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentExports));

    /// <summary>A slot to release when the export ends, or null when every slot is taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}
