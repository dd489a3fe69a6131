using System.CommandLine;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>stats</c>: article count, indexed documents, store size and the folders in use; read-only, so it works while the site runs.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Show article and index counts, the store size, and the folders in use.") { CommonOptions.Json };
        command.SetAction(parsed =>
        {
            using var corpus = CommonOptions.OpenReader(parsed);
            var index = corpus.CheckIndex();
            var stats = new
            {
                articles = corpus.Store.Count(),
                indexed_documents = corpus.Index.DocumentCount,
                index_current = index.IsCurrent,
                store_bytes = corpus.StoreSizeBytes(),
                parsed_with_current_catalogs = corpus.StoreIsCurrent,
                spellings_now_ordinary = corpus.SpellingsNowOrdinary(),
                data_dir = corpus.Options.DataDir,
                catalog_dir = corpus.Options.CatalogDir,
            };
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(stats);
            else
            {
                Console.WriteLine($"{stats.articles} articles, {stats.indexed_documents} indexed, {stats.store_bytes:N0} bytes");
                Console.WriteLine($"data folder:    {stats.data_dir}");
                Console.WriteLine($"catalog folder: {stats.catalog_dir}");
                // What the README promises: stats says when the stored articles were parsed with other catalogs or rules.
                Console.WriteLine(stats.parsed_with_current_catalogs
                    ? "parsed with the current catalogs and rules"
                    : "reparse due: the catalogs or the parsing rules changed since these articles were parsed; run `reparse`");
                if (stats.spellings_now_ordinary.Count > 0)
                    Console.WriteLine(SpellingsNotice(stats.spellings_now_ordinary));
            }
            return CliRunner.Ok;
        });
        return command;
    }

    // Opening never rebuilds for these (the index keeps the decision it recorded); a reindex applies them.
    private static string SpellingsNotice(IReadOnlyList<string> spellings) =>
        $"{spellings.Count} generated spelling(s) of names now also occur as ordinary words ({string.Join(", ", spellings.Take(5))}"
        + $"{(spellings.Count > 5 ? ", …" : "")}); run `reindex` (with the site stopped) to stop merging them with the names";
}
