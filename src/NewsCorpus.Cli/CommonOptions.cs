using System.CommandLine;
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

    public static Corpus OpenCorpus(ParseResult parsed) =>
        new(new NewsCorpusOptions { DataDir = parsed.GetValue(DataDir) ?? "" });

    /// <summary>
    /// Only the SQLite store, without the search index or catalogs: for verbs that write small tables (accounts,
    /// tokens), which SQLite's WAL lets them do while the site runs.
    /// </summary>
    public static Database OpenDatabase(ParseResult parsed) =>
        Database.InDataDir(new NewsCorpusOptions { DataDir = parsed.GetValue(DataDir) ?? "" }.WithDefaults().DataDir);
}
