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

    /// <summary>
    /// The options from the same configuration keys as the web app's environment variables (<c>NewsCorpus__DataDir</c>,
    /// <c>NewsCorpus__CatalogDir</c>, ...), overridden by <c>--data-dir</c> and <c>--catalog-dir</c>; empty paths
    /// are filled by <see cref="NewsCorpusOptions.WithDefaults"/>.
    /// </summary>
    public static NewsCorpusOptions Options(ParseResult parsed)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = configuration.GetSection(NewsCorpusOptions.Section).Get<NewsCorpusOptions>() ?? new NewsCorpusOptions();
        if (parsed.GetValue(DataDir) is { Length: > 0 } dataDir)
            options.DataDir = dataDir;
        if (parsed.GetValue(CatalogDir) is { Length: > 0 } catalogDir)
            options.CatalogDir = catalogDir;
        return options;
    }

    /// <summary>Opens the corpus; what a person can fix (a catalog, the folder, a lock) comes as one plain paragraph.</summary>
    public static Corpus OpenCorpus(ParseResult parsed) => SetupProblem.OpenCorpus(Options(parsed));

    /// <summary>
    /// Only the SQLite store, without the search index or catalogs: for verbs that write small tables (accounts,
    /// tokens), which SQLite's WAL lets them do while the site runs.
    /// </summary>
    public static Database OpenDatabase(ParseResult parsed)
    {
        var dataDir = Options(parsed).WithDefaults().DataDir;
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
