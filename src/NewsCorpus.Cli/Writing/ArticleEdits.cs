using NewsCorpus.Core.Editing;

namespace NewsCorpus.Cli.Writing;

/// <summary>
/// Editors' acts from the command line — correct, delete, restore — done here under the writer lock through the same
/// <see cref="ArticleEditor"/> the site uses, or handed to the site that writes the folder (or <c>--server</c>)
/// through its editorial API. Either way the change is logged with who, when and why, and search shows it at once.
/// </summary>
internal static class ArticleEdits
{
    /// <summary>Does <paramref name="local"/> or <paramref name="remote"/>, whichever the writer access decides.</summary>
    public static void Run(System.CommandLine.ParseResult parsed, string description, Action<ArticleEditor> local, Action<SiteClient> remote) =>
        Run(parsed, description, editor => { local(editor); return 0; }, site => { remote(site); return 0; });

    /// <summary>Runs <paramref name="local"/> or <paramref name="remote"/>, whichever the writer access decides.</summary>
    public static T Run<T>(System.CommandLine.ParseResult parsed, string description, Func<ArticleEditor, T> local, Func<SiteClient, T> remote)
    {
        var display = new RunDisplay(parsed.GetValue(CommonOptions.Json));
        using var ctrlC = new CtrlC();
        using var target = WriterAccess.Resolve(parsed, description, display, ctrlC.Token);
        try
        {
            return target switch
            {
                LocalWriter { Corpus: var corpus } => local(corpus.Editor),
                SiteHandOff { Client: var site } => remote(site),
                _ => throw new InvalidOperationException("unknown write target"),
            };
        }
        catch (ArticleNotFoundException e)
        {
            throw new NotFoundException(e.Message);
        }
        catch (ArgumentException e)
        {
            // A bad value, an unknown summit, a missing reason: what the command line said makes no sense.
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Who the editorial log records for a command-line edit.</summary>
    public static string Editor => RequestedBy.CommandLine;
}
