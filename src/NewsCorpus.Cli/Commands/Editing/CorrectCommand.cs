using System.CommandLine;
using NewsCorpus.Cli.Writing;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Cli.Commands.Editing;

/// <summary><c>correct ID --summit … --reason …</c>: an editor's correction, kept through re-imports and reparses.</summary>
internal static class CorrectCommand
{
    /// <summary>The value that clears a field: "this article has no date / summit / source".</summary>
    private const string None = "none";

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The article's id (as `search` and `show` print it)." };
        var title = new Option<string?>("--title") { Description = "The corrected title." };
        var date = new Option<string?>("--date") { Description = "The corrected date, YYYY-MM-DD, or `none`.", HelpName = "YYYY-MM-DD|none" };
        var summit = new Option<string?>("--summit") { Description = "The summit's catalog id (data/summits.json), or `none`.", HelpName = "ID|none" };
        var source = new Option<string?>("--source") { Description = "The corrected source (outlet), or `none`.", HelpName = "NAME|none" };
        var reason = new Option<string>("--reason") { Description = "Why: kept in the article's editorial log.", Required = true };
        var command = new Command("correct", "Correct an article's title, date, summit or source, with a reason (kept through re-imports and reparses).")
        {
            id, title, date, summit, source, reason, CommonOptions.Json, CommonOptions.Server, CommonOptions.Token, CommonOptions.Wait,
        };
        command.SetAction(parsed =>
        {
            // Stored field name, the API's name for it, the value given (null: not given).
            var given = new (string Field, string Json, string? Value)[]
            {
                (ArticleOverrides.Title, "title", parsed.GetValue(title)),
                (ArticleOverrides.Date, "date", parsed.GetValue(date)),
                (ArticleOverrides.Summit, "summit", parsed.GetValue(summit)),
                (ArticleOverrides.Source, "source", parsed.GetValue(source)),
            }.Where(f => f.Value is not null).ToList();
            if (given.Count == 0)
                throw new UsageException("say what to correct: --title, --date, --summit or --source");
            string? ValueOf(string? value) => string.Equals(value, None, StringComparison.OrdinalIgnoreCase) ? null : value;
            var articleId = parsed.GetValue(id)!;
            var corrected = ArticleEdits.Run(parsed, $"newscorpus correct {articleId}",
                editor => editor.Correct(articleId, given.ToDictionary(f => f.Field, f => ValueOf(f.Value)), ArticleEdits.Editor, parsed.GetValue(reason)!).CorrectedFields,
                site => site.Correct(articleId, given.ToDictionary(f => f.Json, f => ValueOf(f.Value)), parsed.GetValue(reason)!));
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(new { id = articleId, corrected_fields = corrected });
            else
                Console.WriteLine($"corrected {articleId}: {string.Join(", ", corrected)}");
            return CliRunner.Ok;
        });
        return command;
    }
}
