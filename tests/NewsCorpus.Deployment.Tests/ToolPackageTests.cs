using System.Text.Json;

namespace NewsCorpus.Deployment.Tests;

[Collection(PublishedBuilds.Name)]
public sealed class ToolPackageTests(InstalledTool tool)
{
    private readonly string _workingDirectory = tool.NewFolder("elsewhere");
    private readonly string _dataDir = tool.NewFolder("data");

    private JsonElement Run(params string[] args)
    {
        var result = ProcessRun.Run(tool.Command, _workingDirectory, [.. args, "--data-dir", _dataDir, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public void Installed_tool_imports_searches_and_shows_the_sample_corpus_from_another_folder()
    {
        var import = Run("import", PublishedApps.SampleArticles);
        var search = Run("search", "هانغتشو");
        var article = Run("show", search.GetProperty("hits")[0].GetProperty("id").GetString()!);

        Assert.Equal(5, import.GetProperty("imported").GetInt32());
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Equal("g20-2016-hangzhou", article.GetProperty("summit").GetString());
    }

    [Fact]
    public void Installed_tool_prints_its_version()
    {
        var result = ProcessRun.Run(tool.Command, _workingDirectory, ["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }
}
