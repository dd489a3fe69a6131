using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>Contexts are handed to one caller at a time, kept up to a number, and freed past it or after a failure.</summary>
public sealed class ReusedContextsTests
{
    private sealed class Context : IDisposable
    {
        public bool Disposed { get; private set; }

        public int Uses { get; set; }

        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void A_context_is_used_again_by_the_next_caller_rather_than_made_anew()
    {
        var made = new List<Context>();
        var contexts = new ReusedContexts<Context>(() => { made.Add(new Context()); return made[^1]; }, keep: 2);

        for (var i = 0; i < 5; i++)
            contexts.Use(0, static (context, _) => ++context.Uses);

        Assert.Single(made);
        Assert.Equal(5, made[0].Uses);
        Assert.False(made[0].Disposed);
    }

    [Fact]
    public void Contexts_held_at_once_are_all_kept_up_to_the_number_asked_and_the_rest_freed()
    {
        var made = new List<Context>();
        var contexts = new ReusedContexts<Context>(() => { made.Add(new Context()); return made[^1]; }, keep: 2);

        // Four callers nested: each holds its context while the next takes one.
        int Nest(int depth) => depth == 0 ? 0 : contexts.Use(depth, (_, d) => Nest(d - 1) + 1);
        Nest(4);

        Assert.Equal(4, made.Count);
        Assert.Equal(2, made.Count(c => c.Disposed));
        contexts.Use(0, static (_, _) => 0);
        Assert.Equal(4, made.Count);
    }

    [Fact]
    public void A_context_whose_work_threw_is_freed_and_not_handed_out_again()
    {
        var made = new List<Context>();
        var contexts = new ReusedContexts<Context>(() => { made.Add(new Context()); return made[^1]; }, keep: 2);

        Assert.Throws<InvalidOperationException>(() => contexts.Use<int, int>(0, static (_, _) => throw new InvalidOperationException()));
        contexts.Use(0, static (context, _) => ++context.Uses);

        Assert.Equal(2, made.Count);
        Assert.True(made[0].Disposed);
        Assert.Equal(0, made[0].Uses);
        Assert.Equal(1, made[1].Uses);
    }
}
