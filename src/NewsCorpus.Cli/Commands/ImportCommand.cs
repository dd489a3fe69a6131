using System.CommandLine;
using NewsCorpus.Core.Import;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>import PATH...</c>: import article files and folders; exit 1 when some files failed.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files and/or folders (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Import article files into the store and the search index.") { paths, CommonOptions.Json };
        command.SetAction(parsed =>
        {
            using var corpus = CommonOptions.OpenCorpus(parsed);
            var report = corpus.Importer.Import(parsed.GetValue(paths)!);
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(new
                {
                    imported = report.Imported,
                    updated = report.Updated,
                    unchanged = report.Unchanged,
                    failed = report.Failed.Select(f => new { file = f.File, error = f.Error }),
                });
            else
                PrintReport(report);
            // On stderr, so --json output stays one JSON document.
            if (!corpus.Reparser.StoreIsCurrent)
                Console.Error.WriteLine(TerminalStyle.Error.Warning("note:") + " articles stored earlier were parsed with other catalogs or rules; run `reparse` to bring them up to date");
            return report.Failed.Any() ? CliRunner.Failed : CliRunner.Ok;
        });
        return command;
    }

    private static void PrintReport(ImportReport report)
    {
        foreach (var file in report.Files)
        {
            var line = file.Outcome switch
            {
                ImportOutcome.Failed => $"failed     {file.File}: {file.Error}",
                _ => $"{file.Outcome.ToString().ToLowerInvariant(),-10} {file.File} ({file.ArticleId})",
            };
            if (file.Outcome == ImportOutcome.Failed)
                Console.Error.WriteLine(TerminalStyle.Error.Failure(line));
            else
                Console.WriteLine(line);
        }
        Console.WriteLine($"{report.Imported} imported, {report.Updated} updated, {report.Unchanged} unchanged, {report.Failed.Count()} failed");
    }
}
