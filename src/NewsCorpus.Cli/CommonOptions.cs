using System.CommandLine;
using Microsoft.Extensions.Configuration;
using NewsCorpus.Core;
using NewsCorpus.Core.Setup;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli;

/// <summary>Options every verb accepts, and opening the corpus they point at.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder holding the SQLite store and the search index (default: NewsCorpus__DataDir, else var/ in a "
            + "checkout, else the platform's data folder such as ~/.local/share/newscorpus).",
        HelpName = "DIR",
        Recursive = true,
    };

    public static readonly Option<string?> CatalogDir = new("--catalog-dir")
    {
        Description = "Folder of catalogs (summits.json, entities.json, variants.txt, ...) to use instead of the ones "
            + "shipped with the program (default: NewsCorpus__CatalogDir, else data/ in a checkout).",
        HelpName = "DIR",
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

    /// <summary>
    /// The options from the same configuration keys as the web app's environment variables (<c>NewsCorpus__DataDir</c>,
    /// <c>NewsCorpus__CatalogDir</c>, ...), overridden by <c>--data-dir</c> and <c>--catalog-dir</c>, with empty
    /// paths filled by <see cref="NewsCorpusOptions.WithDefaults"/> (the writer lock needs the real folder).
    /// </summary>
    public static NewsCorpusOptions Options(ParseResult parsed)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = configuration.GetSection(NewsCorpusOptions.Section).Get<NewsCorpusOptions>() ?? new NewsCorpusOptions();
        if (parsed.GetValue(DataDir) is { Length: > 0 } dataDir)
            options.DataDir = dataDir;
        if (parsed.GetValue(CatalogDir) is { Length: > 0 } catalogDir)
            options.CatalogDir = catalogDir;
        return options.WithDefaults();
    }

    /// <summary>Opens the corpus; what a person can fix (a catalog, the folder, a lock) comes as one plain paragraph.</summary>
    public static Corpus OpenCorpus(ParseResult parsed) => SetupProblem.OpenCorpus(Options(parsed));

    /// <summary>Opens the corpus read-only for a read verb: no lock, so it works while the site or an import writes.</summary>
    public static Corpus OpenReader(ParseResult parsed)
    {
        var corpus = SetupProblem.OpenForReading(Options(parsed));
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
    public static Database OpenDatabase(ParseResult parsed)
    {
        var dataDir = Options(parsed).DataDir;
        try
        {
            return Database.InDataDir(dataDir);
        }
        catch (Exception e) when (SetupProblem.Recognize(e, dataDir) is { } problem)
        {
            throw problem;
        }
    }
}
