using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Import.Writer;

namespace NewsCorpus.Core.Setup;

/// <summary>
/// Opens the corpus and turns the failures a person can fix — an invalid catalog, a data folder that cannot be
/// written, an index held by another process — into a <see cref="CorpusSetupException"/> with one plain paragraph.
/// Anything else is a bug and keeps its stack trace.
/// </summary>
public static class SetupProblem
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteCantOpen = 14, SqlitePermission = 3;

    /// <summary>Opens the corpus of <paramref name="options"/>, or throws a <see cref="CorpusSetupException"/> saying what to fix.</summary>
    public static Corpus OpenCorpus(NewsCorpusOptions options) => Open(options, resolved => new Corpus(resolved));

    /// <summary>As <see cref="OpenCorpus"/>, read-only (<see cref="Corpus.OpenForReading"/>).</summary>
    public static Corpus OpenForReading(NewsCorpusOptions options) => Open(options, Corpus.OpenForReading);

    /// <summary>Opens the corpus with <paramref name="open"/> (given the resolved options), wording what a person can fix.</summary>
    public static Corpus Open(NewsCorpusOptions options, Func<NewsCorpusOptions, Corpus> open)
    {
        var resolved = options.WithDefaults();
        try
        {
            return open(resolved);
        }
        catch (Exception e) when (Recognize(e, resolved.DataDir) is { } problem)
        {
            throw problem;
        }
    }

    /// <summary>The problem <paramref name="e"/> (or an exception inside it) is, when a person can fix it; otherwise null.</summary>
    public static CorpusSetupException? Recognize(Exception e, string dataDir)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case CorpusSetupException known:
                    return known;
                case WriterLockHeldException held:
                    return new CorpusSetupException(
                        held.Message + " One process at a time may write to a data folder: wait for it to finish (or stop it) and try again.", held)
                    { IsBusy = true };
                case LockObtainFailedException:
                    return IndexInUse(dataDir, inner);
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                    return new CorpusSetupException(
                        $"The store {Path.Combine(dataDir, "newscorpus.db")} is busy with another NewsCorpus process. Wait for it to finish and try again.", inner)
                    { IsBusy = true };
                case SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteCantOpen or SqlitePermission }:
                case UnauthorizedAccessException:
                case IOException when inner.Message.Contains(dataDir, StringComparison.Ordinal):
                    return Unwritable(dataDir, inner);
            }
        }
        return null;
    }

    private static CorpusSetupException IndexInUse(string dataDir, Exception inner) => new(
        $"The search index in {Path.Combine(dataDir, "index")} is in use by another NewsCorpus process (the web app, or "
        + "another command such as an import). One process at a time may write to a data folder: stop the other one or "
        + "wait for it to finish, and try again.", inner)
    { IsBusy = true };

    private static CorpusSetupException Unwritable(string dataDir, Exception inner) => new(
        $"NewsCorpus cannot create or write its data folder {dataDir} ({inner.Message.TrimEnd('.')}). Give the account it "
        + $"runs as ({Environment.UserName}) write access to that folder, or set NewsCorpus:DataDir (--data-dir for the "
        + "command line) to a folder it may write to, and start again.", inner);
}
