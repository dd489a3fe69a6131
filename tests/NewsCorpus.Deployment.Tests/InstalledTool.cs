namespace NewsCorpus.Deployment.Tests;

/// <summary>
/// The CLI packed as a .NET tool and installed as CI would: <c>dotnet pack</c> to a temporary folder, then
/// <c>dotnet tool install --tool-path</c> from that folder alone (a nuget.config that clears every other source).
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempFolder _root = new();

    public InstalledTool()
    {
        var packages = _root.Sub("packages");
        ProcessRun.Dotnet(PublishedApps.Repo, "pack", "src/NewsCorpus.Cli", "--no-build", "-c", PublishedApps.BuildConfiguration, "-o", packages);
        var config = Path.Combine(_root.Path, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        ToolPath = _root.Sub("tools");
        ProcessRun.Dotnet(_root.Path, "tool", "install", "--tool-path", ToolPath, "--add-source", packages, "--configfile", config, "NewsCorpus.Cli");
    }

    public string ToolPath { get; }
    /// <summary>The <c>newscorpus</c> command the install put on the tool path.</summary>
    public string Command => Path.Combine(ToolPath, "newscorpus");

    public string NewFolder(string name) => _root.Sub($"{name}-{Guid.NewGuid():N}");

    public void Dispose() => _root.Dispose();
}
