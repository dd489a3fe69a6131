using System.Reflection;
using NewsCorpus.Core;

namespace NewsCorpus.Deployment.Tests;

/// <summary>
/// The CLI and the web app published once for the whole collection, to a temporary folder outside the checkout.
/// For speed they are published framework-dependent from the build this test run already made
/// (<c>dotnet publish --no-build</c>); the self-contained release (<c>-r linux-x64 --self-contained</c>, README)
/// lays out the same files plus the runtime.
/// </summary>
public sealed class PublishedApps : IDisposable
{
    private readonly TempFolder _root = new();

    public PublishedApps()
    {
        CliFolder = Path.Combine(_root.Path, "cli");
        WebFolder = Path.Combine(_root.Path, "web");
        ProcessRun.Dotnet(Repo, "publish", "src/NewsCorpus.Cli", "--no-build", "-c", BuildConfiguration, "-o", CliFolder);
        ProcessRun.Dotnet(Repo, "publish", "src/NewsCorpus.Web", "--no-build", "-c", BuildConfiguration, "-o", WebFolder);
    }

    public static string Repo => RepoRoot.Find();
    public static string SampleArticles => Path.Combine(Repo, "data", "articles");

    /// <summary>Debug or Release: whatever this test assembly (and so the apps) was built as.</summary>
    public static string BuildConfiguration =>
        typeof(PublishedApps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string CliFolder { get; }
    public string WebFolder { get; }
    /// <summary>The published CLI's own executable (the app host), as a person runs it.</summary>
    public string Cli => Path.Combine(CliFolder, "newscorpus");
    /// <summary>The published site's own executable: <c>./NewsCorpus.Web --urls …</c>.</summary>
    public string Web => Path.Combine(WebFolder, "NewsCorpus.Web");

    /// <summary>A new empty folder outside the checkout: a working directory, a data folder, a home.</summary>
    public string NewFolder(string name) => _root.Sub($"{name}-{Guid.NewGuid():N}");

    public void Dispose() => _root.Dispose();
}

/// <summary>The collection whose tests share one publish and one tool install, run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedBuilds : ICollectionFixture<PublishedApps>, ICollectionFixture<InstalledTool>
{
    public const string Name = "published builds";
}
