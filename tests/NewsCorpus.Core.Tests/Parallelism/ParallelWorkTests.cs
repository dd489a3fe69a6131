using System.Collections.Concurrent;
using NewsCorpus.Core.Parallelism;

namespace NewsCorpus.Core.Tests.Parallelism;

public sealed class ParallelWorkTests
{
    [Fact]
    public void Results_come_back_in_the_items_order_whatever_order_the_threads_finish_in()
    {
        var items = Enumerable.Range(0, 200).ToList();

        // Early items take longest, so on several threads they finish last.
        var results = ParallelWork.InOrder(items, i =>
        {
            Thread.SpinWait((200 - i) * 200);
            return $"item {i} on {Environment.CurrentManagedThreadId}";
        }, threads: 4);

        Assert.Equal(items.Select(i => $"item {i} "), results.Select(r => r[..(r.IndexOf(" on ", StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public void The_work_runs_on_more_than_one_thread_when_given_several()
    {
        var threads = new ConcurrentDictionary<int, bool>();
        using var bothStarted = new Barrier(2);

        ParallelWork.InOrder([1, 2], _ =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            return bothStarted.SignalAndWait(TimeSpan.FromSeconds(10));
        }, threads: 2);

        Assert.Equal(2, threads.Count);
    }

    [Fact]
    public void An_error_in_one_item_comes_out_as_itself_not_wrapped()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            ParallelWork.InOrder(Enumerable.Range(0, 50).ToList(), i => i == 17 ? throw new InvalidDataException("item 17") : i, threads: 2));

        Assert.Equal("item 17", error.Message);
    }

    [Fact]
    public void A_cancelled_batch_stops_with_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ParallelWork.InOrder(Enumerable.Range(0, 50).ToList(), i => i, threads: 2, cancellation.Token));
    }

    [Fact]
    public void Every_item_of_a_stream_is_handed_over_exactly_once()
    {
        var seen = new ConcurrentBag<int>();

        ParallelWork.ForEach(Enumerable.Range(0, 1000), seen.Add, threads: 3);

        Assert.Equal(Enumerable.Range(0, 1000), seen.Order());
    }

    [Fact]
    public void An_error_raised_while_reading_the_stream_comes_out_as_itself()
    {
        static IEnumerable<int> Cancelled()
        {
            yield return 1;
            throw new OperationCanceledException("stopped");
        }

        var error = Assert.Throws<OperationCanceledException>(() => ParallelWork.ForEach(Cancelled(), _ => { }, threads: 2));

        Assert.Equal("stopped", error.Message);
    }
}
