namespace NewsCorpus.Cli.Writing;

/// <summary>How runs started from the command line are recorded in the history.</summary>
internal static class RequestedBy
{
    public static string CommandLine => $"cli ({Environment.UserName}@{Environment.MachineName})";
}
