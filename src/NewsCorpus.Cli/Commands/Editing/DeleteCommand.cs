using System.CommandLine;
using NewsCorpus.Cli.Writing;

namespace NewsCorpus.Cli.Commands.Editing;

/// <summary>
/// <c>delete ID --reason …</c> and <c>restore ID</c>: an article leaves search, pages and counts at once and is kept
/// as a tombstone, so a re-import of its file does not bring it back; <c>restore</c> puts it back as it was.
/// </summary>
internal static class DeleteCommand
{
    public static Command CreateDelete()
    {
        var id = new Argument<string>("ID") { Description = "The article's id (as `search` and `show` print it)." };
        var reason = new Option<string>("--reason") { Description = "Why: kept with the tombstone.", Required = true };
        var command = new Command("delete", "Remove an article from search and pages, keeping a tombstone (who, when, why) so a re-import does not bring it back.")
        {
            id, reason, CommonOptions.Json, CommonOptions.Server, CommonOptions.Token, CommonOptions.Wait,
        };
        command.SetAction(parsed =>
        {
            var articleId = parsed.GetValue(id)!;
            ArticleEdits.Run(parsed, $"newscorpus delete {articleId}",
                editor => editor.Remove(articleId, ArticleEdits.Editor, parsed.GetValue(reason)!),
                site => site.Remove(articleId, parsed.GetValue(reason)!));
            Report(parsed, articleId, "deleted", $"deleted {articleId} (`restore {articleId}` brings it back)");
            return CliRunner.Ok;
        });
        return command;
    }

    public static Command CreateRestore()
    {
        var id = new Argument<string>("ID") { Description = "The id of an article removed with `delete` or on the admin pages." };
        var command = new Command("restore", "Put a deleted article back as it was, corrections included.")
        {
            id, CommonOptions.Json, CommonOptions.Server, CommonOptions.Token, CommonOptions.Wait,
        };
        command.SetAction(parsed =>
        {
            var articleId = parsed.GetValue(id)!;
            ArticleEdits.Run(parsed, $"newscorpus restore {articleId}",
                editor => editor.Restore(articleId, ArticleEdits.Editor),
                site => site.Restore(articleId));
            Report(parsed, articleId, "restored", $"restored {articleId}");
            return CliRunner.Ok;
        });
        return command;
    }

    private static void Report(ParseResult parsed, string articleId, string done, string line)
    {
        if (parsed.GetValue(CommonOptions.Json))
            CliJson.Write(new { id = articleId, status = done });
        else
            Console.WriteLine(line);
    }
}
