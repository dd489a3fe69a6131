using System.CommandLine;
using NewsCorpus.Core;

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
}
