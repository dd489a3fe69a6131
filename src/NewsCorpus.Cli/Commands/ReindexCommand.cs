using System.CommandLine;
using NewsCorpus.Cli.Writing;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>reindex</c>: rebuild the Lucene index from SQLite, the source of truth.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the SQLite store.")
        {
            CommonOptions.Server, CommonOptions.Token, CommonOptions.Wait,
        };
        command.SetAction(parsed =>
        {
            var run = MaintenanceVerb.Run(parsed, RunKind.Reindex);
            Console.WriteLine($"reindexed {run.Done} article(s)");
            return CliRunner.Ok;
        });
        return command;
    }
}
