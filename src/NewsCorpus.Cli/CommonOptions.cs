using System.CommandLine;
using System.Globalization;
using NewsCorpus.Core;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli;

/// <summary>Options every verb accepts, and opening the corpus they point at.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder holding the SQLite store and the search index (default: var/ at the repo root).",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json") { Description = "Print machine-readable JSON." };

    /// <summary>Write verbs: hand the work to a NewsCorpus site (remote or local) instead of writing the folder.</summary>
    public static readonly Option<string?> Server = new("--server")
    {
        Description = "Hand the work to the NewsCorpus site at this address (e.g. https://news.example.org), with --token.",
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = "API token for --server (default: the NEWSCORPUS_TOKEN environment variable).",
    };

    public static readonly Option<double?> Wait = new("--wait")
    {
        Description = "When another command is writing the data folder, wait at most this many seconds for it (default: until it finishes).",
    };

    /// <summary>The options the verbs open the corpus with: <c>--data-dir</c>, and the batch size from <c>NewsCorpus__ImportBatchSize</c>.</summary>
    public static NewsCorpusOptions Options(ParseResult parsed)
    {
        var options = new NewsCorpusOptions { DataDir = parsed.GetValue(DataDir) ?? "" };
        if (int.TryParse(Environment.GetEnvironmentVariable("NewsCorpus__ImportBatchSize"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
            options.ImportBatchSize = size;
        return options.WithDefaults();
    }

    /// <summary>Opens the corpus read-only for a read verb: no lock, so it works while the site or an import writes.</summary>
    public static Corpus OpenReader(ParseResult parsed)
    {
        var corpus = Corpus.OpenForReading(Options(parsed));
        if (corpus.CheckIndex().Describe() is { } lag)
            Console.Error.WriteLine($"note: {lag}; {IndexLagAdvice(corpus)}");
        return corpus;
    }

    private static string IndexLagAdvice(Corpus corpus) =>
        Core.Import.Writer.WriterLock.CurrentHolder(corpus.Options.DataDir) is { } writer
            ? $"{writer} is writing and brings it up to date"
            : "any write command (or the site's next start) repairs it, or run `reindex`";

    /// <summary>
    /// Only the SQLite store, without the search index or catalogs: for verbs that write small tables (accounts,
    /// tokens), which SQLite's WAL lets them do while the site runs.
    /// </summary>
    public static Database OpenDatabase(ParseResult parsed) =>
        Database.InDataDir(new NewsCorpusOptions { DataDir = parsed.GetValue(DataDir) ?? "" }.WithDefaults().DataDir);
}
