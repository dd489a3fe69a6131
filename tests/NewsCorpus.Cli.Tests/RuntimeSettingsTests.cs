using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

/// <summary>What the command line asks of the .NET runtime, as its built runtimeconfig.json says (and a tool package ships).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_command_line_asks_the_collector_to_conserve_memory_for_the_imports_peak()
    {
        var config = Path.ChangeExtension(CliProcess.Dll, ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));

        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
