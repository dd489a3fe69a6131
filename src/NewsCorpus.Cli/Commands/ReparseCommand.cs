using System.CommandLine;
using NewsCorpus.Cli.Writing;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>reparse</c>: parse every stored article again after the rules or the catalogs in data/ changed.</summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var command = new Command("reparse",
            "Parse every stored article again from its original text with the current rules and data/ catalogs "
            + "(after editing summits.json, entities.json, ...), keep editors' corrections, and index what changed. "
            + "Texts an earlier build stored in an older form are written back in the current one.")
        {
            CommonOptions.Json, CommonOptions.Server, CommonOptions.Token, CommonOptions.Wait,
        };
        command.SetAction(parsed =>
        {
            var run = MaintenanceVerb.Run(parsed, RunKind.Reparse);
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(new { reparsed = run.Done, changed = run.Changed });
            else
                Console.WriteLine($"reparsed {run.Done} article(s), {run.Changed} changed");
            return CliRunner.Ok;
        });
        return command;
    }
}
