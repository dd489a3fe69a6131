using System.CommandLine;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>reindex</c>: rebuild the Lucene index from SQLite, the source of truth.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the SQLite store.");
        command.SetAction(parsed =>
        {
            using var corpus = CommonOptions.OpenCorpus(parsed);
            var count = corpus.Reindex();
            Console.WriteLine($"reindexed {count} article(s)");
            return CliRunner.Ok;
        });
        return command;
    }
}
