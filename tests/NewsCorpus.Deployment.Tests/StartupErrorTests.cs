using System.Net;
using System.Net.Sockets;

namespace NewsCorpus.Deployment.Tests;

/// <summary>Start-up failures a person can fix are told in one paragraph with what to do, and no stack trace.</summary>
[Collection(PublishedBuilds.Name)]
public sealed class StartupErrorTests(PublishedApps apps)
{
    private readonly string _workingDirectory = apps.NewFolder("elsewhere");

    private ProcessResult StartSite(params string[] args) =>
        ProcessRun.Run(apps.Web, _workingDirectory, [.. args, "--urls", "http://127.0.0.1:0"], new Dictionary<string, string>(), timeoutSeconds: 60);

    private static void AssertFriendly(ProcessResult result)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Err + result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err + result.Out, StringComparison.Ordinal);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string CopyOfShippedCatalogs()
    {
        var folder = apps.NewFolder("catalogs");
        foreach (var file in Directory.GetFiles(Path.Combine(apps.WebFolder, "catalogs")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    [Fact]
    public void A_missing_catalog_is_named()
    {
        var catalogs = CopyOfShippedCatalogs();
        File.Delete(Path.Combine(catalogs, "summits.json"));

        var result = StartSite("--data-dir", apps.NewFolder("data"), "--catalog-dir", catalogs);

        AssertFriendly(result);
        Assert.Contains($"{Path.Combine(catalogs, "summits.json")}: the file is missing", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_catalog_is_named_with_its_line_and_what_is_wrong()
    {
        var catalogs = CopyOfShippedCatalogs();
        var path = Path.Combine(catalogs, "forums.json");
        var lines = File.ReadAllLines(path).ToList();
        var broken = lines.FindIndex(line => line.Contains("\"id\"", StringComparison.Ordinal));
        lines[broken] = lines[broken].Replace(",", "", StringComparison.Ordinal); // a missing comma
        File.WriteAllLines(path, lines);

        var result = StartSite("--data-dir", apps.NewFolder("data"), "--catalog-dir", catalogs);

        AssertFriendly(result);
        Assert.Contains($"{path}, line {broken + 2}:", result.Err, StringComparison.Ordinal);
        Assert.Contains("NewsCorpus:CatalogDir", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_folder_that_cannot_be_created_is_named_with_the_fix()
    {
        // Tests run as root, whom permissions do not stop: a file in the way stops anyone.
        var inTheWay = Path.Combine(apps.NewFolder("blocked"), "a-file");
        File.WriteAllText(inTheWay, "");
        var dataDir = Path.Combine(inTheWay, "data");

        var result = StartSite("--data-dir", dataDir);

        AssertFriendly(result);
        Assert.Contains($"cannot create or write its data folder {dataDir}", result.Err, StringComparison.Ordinal);
        Assert.Contains("NewsCorpus:DataDir", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_named_with_the_fix()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";

        var result = ProcessRun.Run(apps.Web, _workingDirectory, ["--data-dir", apps.NewFolder("data"), "--urls", address], new Dictionary<string, string>(), timeoutSeconds: 60);

        AssertFriendly(result);
        Assert.Contains($"another program is already listening on {address}", result.Err, StringComparison.Ordinal);
        Assert.Contains("--urls", result.Err, StringComparison.Ordinal);
    }
}
