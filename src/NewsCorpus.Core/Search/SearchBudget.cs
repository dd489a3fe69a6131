using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The time one search may take (<see cref="SearchLimits.TimeBudgetMs"/>) and the caller's cancellation (the web
/// request going away). Collection stops when either runs out; the searcher then returns what it has, saying so.
/// </summary>
internal sealed class SearchBudget(TimeSpan allowed, CancellationToken cancellation)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public bool IsSpent => cancellation.IsCancellationRequested || _clock.Elapsed > allowed;

    /// <summary>Wraps <paramref name="inner"/> so that collecting stops once the budget is spent.</summary>
    public ICollector Limit(ICollector inner) => new BudgetedCollector(inner, this);

    /// <summary>Thrown from inside Lucene's collection loop, the only way to leave it early; caught by the searcher.</summary>
    internal sealed class SpentException() : Exception("The search's time budget is spent.");

    private sealed class BudgetedCollector(ICollector inner, SearchBudget budget) : ICollector
    {
        // Reading the clock on every hit would cost more than the hit: look every so many.
        private const int CheckEvery = 256;
        private int _sinceCheck;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            Check();
            inner.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            if (++_sinceCheck >= CheckEvery)
            {
                _sinceCheck = 0;
                Check();
            }
            inner.Collect(doc);
        }

        private void Check()
        {
            if (budget.IsSpent)
                throw new SpentException();
        }
    }
}
