namespace NewsCorpus.Core.Import.Runs;

/// <summary>
/// A test-only hook for the crash tests: <c>NEWSCORPUS_TEST_PAUSE=store-commit:3</c> (or <c>index-commit:3</c>,
/// <c>reindex:1</c>) makes the writer stop for good right after that point of batch 3, after printing
/// <c>NEWSCORPUS_TEST_PAUSED</c> to standard error, so a test can kill it exactly there. An index commit comes after a
/// batch only when one is due (<see cref="IndexCommitPace"/>; after every batch with <c>IndexCommitSeconds=0</c>).
/// Unset, it does nothing.
/// </summary>
internal static class TestPause
{
    public const string Variable = "NEWSCORPUS_TEST_PAUSE";
    private static readonly string? Requested = Environment.GetEnvironmentVariable(Variable);

    public static void At(string point, int batch)
    {
        if (Requested is null || !string.Equals(Requested, $"{point}:{batch}", StringComparison.Ordinal))
            return;
        Console.Error.WriteLine($"NEWSCORPUS_TEST_PAUSED at {point}:{batch}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
