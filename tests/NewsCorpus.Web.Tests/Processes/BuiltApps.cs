namespace NewsCorpus.Web.Tests.Processes;

/// <summary>
/// The web app and the CLI as built beside this test assembly's configuration (both are built with the tests), to
/// run as real processes over a data folder of the test's own.
/// </summary>
public static class BuiltApps
{
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
    private static readonly string Framework = new DirectoryInfo(AppContext.BaseDirectory).Name;

    public static string Site => Built("NewsCorpus.Web", "NewsCorpus.Web.dll");

    public static string Cli => Built("NewsCorpus.Cli", "newscorpus.dll");

    /// <summary>Small batches, so a handful of files makes several commits to kill between.</summary>
    public static Dictionary<string, string> SmallBatches(int size, string? pauseAt = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["NewsCorpus__ImportBatchSize"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Each batch's index commit is a point the crash tests stop at; deferred commits have tests of their own.
            ["NewsCorpus__IndexCommitSeconds"] = "0",
        };
        if (pauseAt is not null)
            environment["NEWSCORPUS_TEST_PAUSE"] = pauseAt;
        return environment;
    }

    private static string Built(string project, string dll)
    {
        var path = Path.Combine(Core.RepoRoot.Find(), "src", project, "bin", Configuration, Framework, dll);
        Assert.True(File.Exists(path), $"{path} is not built (dotnet build NewsCorpus.sln)");
        return path;
    }
}
