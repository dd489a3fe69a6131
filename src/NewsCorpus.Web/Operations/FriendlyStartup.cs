using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Web.Operations;

/// <summary>
/// Starts the site, or says in one paragraph what a person must fix — a missing or invalid catalog, a data folder
/// that cannot be written, an index held by another process, a port in use — and exits with 1, without a stack
/// trace. Anything else is a bug and crashes with its stack trace as usual.
/// </summary>
public static partial class FriendlyStartup
{
    /// <summary>
    /// Opens the store, catalogs and index right after the app is built, before the pipeline or anything listening
    /// needs them, so a problem is told once, plainly. False when it was told: exit with 1.
    /// </summary>
    public static bool CorpusOpens(WebApplication app) => Attempt(() =>
    {
        var corpus = app.Services.GetRequiredService<NewsCorpus.Core.Corpus>();
        var articles = corpus.Store.Count();
        LogOpened(app.Logger, corpus.Options.DataDir, corpus.Options.CatalogDir, articles);
    });

    /// <summary>Runs the site until it stops: 0, or 1 after telling why it could not start (a port in use).</summary>
    public static int Run(WebApplication app) => Attempt(app.Run) ? 0 : 1;

    private static bool Attempt(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (Explain(e) is { } paragraph)
        {
            Console.Error.WriteLine(paragraph);
            return false;
        }
    }

    /// <summary>The paragraph for a start-up failure a person can fix; null for anything else.</summary>
    public static string? Explain(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case CorpusSetupException problem:
                    return problem.Message;
                case AddressInUseException:
                    var address = Messages(e).Select(message => BindFailure().Match(message)).FirstOrDefault(m => m.Success)?.Groups["address"].Value ?? "its address";
                    return $"NewsCorpus cannot start: another program is already listening on {address}. Stop that program, or "
                        + "start NewsCorpus on another address with --urls (for example --urls http://127.0.0.1:5080) or the "
                        + "ASPNETCORE_URLS environment variable.";
            }
        }
        return null;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Store opened: data folder {DataDir}, catalogs {CatalogDir}, {Articles} articles")]
    private static partial void LogOpened(ILogger logger, string dataDir, string catalogDir, int articles);

    private static IEnumerable<string> Messages(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            yield return inner.Message;
    }

    [GeneratedRegex(@"Failed to bind to address (?<address>\S+?):? address already in use")]
    private static partial Regex BindFailure();
}
