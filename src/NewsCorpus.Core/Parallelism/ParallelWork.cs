using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsCorpus.Core.Parallelism;

/// <summary>
/// Work spread over the machine's cores: the writer's parsing of a batch's files and analysing of its documents, a
/// search's slices of segments and its page's snippets. Every item has finished when a call returns. Results
/// come back in the items' order, so a run's record and the store see the files in the order they were given; an
/// error comes out as itself (not wrapped), so callers catch what they caught when the work ran on one thread.
/// </summary>
public static class ParallelWork
{
    /// <summary>One thread per core: the writer is one process, and the work is CPU-bound.</summary>
    public static int Threads => Environment.ProcessorCount;

    /// <summary>Applies <paramref name="work"/> to every item on up to <paramref name="threads"/> threads; result <c>i</c> is item <c>i</c>'s.</summary>
    public static TResult[] InOrder<TItem, TResult>(
        IReadOnlyList<TItem> items, Func<TItem, TResult> work, int threads, CancellationToken cancellation = default)
    {
        var results = new TResult[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        Unwrapped(() => Parallel.For(0, items.Count, options, i => results[i] = work(items[i])));
        return results;
    }

    /// <summary>
    /// Hands each item of a stream (a store read) to <paramref name="work"/> on up to <paramref name="threads"/>
    /// threads, taking one item at a time from the stream, so no more than a few items are held however long it is.
    /// </summary>
    public static void ForEach<TItem>(IEnumerable<TItem> items, Action<TItem> work, int threads)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        Unwrapped(() => Parallel.ForEach(Partitioner.Create(items, EnumerablePartitionerOptions.NoBuffering), options, work));
    }

    // Parallel wraps a worker's exception in an AggregateException; one error is rethrown as itself, stack kept.
    private static void Unwrapped(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
