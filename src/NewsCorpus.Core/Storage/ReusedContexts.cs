using System.Collections.Concurrent;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// A few compression contexts kept for the next caller instead of one made and freed for every text. A Zstandard
/// context lives in native memory (C's <c>malloc</c>): made and freed for each of a million articles on the import's
/// threads, its blocks of a few hundred KB stayed in the C library's per-thread arenas, freed but not given back —
/// 83 MB of a site's memory a minute into a large import. At most <paramref name="keep"/> idle contexts are kept;
/// one more is freed at once.
/// </summary>
internal sealed class ReusedContexts<T>(Func<T> create, int keep) where T : class, IDisposable
{
    private readonly ConcurrentQueue<T> _idle = new();

    /// <summary>
    /// Runs <paramref name="work"/> with a context no other caller holds; a context whose work threw is freed, not
    /// kept, as its state is not known.
    /// </summary>
    public TResult Use<TState, TResult>(TState state, Func<T, TState, TResult> work)
    {
        var context = _idle.TryDequeue(out var idle) ? idle : create();
        TResult result;
        try
        {
            result = work(context, state);
        }
        catch
        {
            context.Dispose();
            throw;
        }
        // Counted without a lock: a race keeps one or two more than asked, never an unbounded number.
        if (_idle.Count < keep)
            _idle.Enqueue(context);
        else
            context.Dispose();
        return result;
    }
}
