using System.Text.Json;

namespace NewsCorpus.Web.Tests.Operations;

/// <summary>What the site asks of the .NET runtime, as its built runtimeconfig.json says (and a published site ships).</summary>
public sealed class RuntimeSettingsTests
{
    // The site writes the imports admins hand it: with the Web SDK's default, the server collector, a 1M import
    // handed to it peaked at 1,040 MB (README, Scale: s43).
    [Fact]
    public void The_site_collects_with_the_workstation_collector_conserving_memory_for_the_imports_it_runs()
    {
        var config = Path.Combine(AppContext.BaseDirectory, "NewsCorpus.Web.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));

        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
