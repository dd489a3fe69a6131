using System.CommandLine;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>reparse</c>: parse every stored article again after the rules or the catalogs in data/ changed.</summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var command = new Command("reparse",
            "Parse every stored article again from its original text with the current rules and data/ catalogs "
            + "(after editing summits.json, entities.json, ...), keep editors' corrections, and rebuild the index.")
        {
            CommonOptions.Json,
        };
        command.SetAction(parsed =>
        {
            using var corpus = CommonOptions.OpenCorpus(parsed);
            var report = corpus.Reparse();
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(new { reparsed = report.Reparsed, changed = report.Changed });
            else
                Console.WriteLine($"reparsed {report.Reparsed} article(s), {report.Changed} changed");
            return CliRunner.Ok;
        });
        return command;
    }
}
