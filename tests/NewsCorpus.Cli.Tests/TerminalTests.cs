using System.Diagnostics;

namespace NewsCorpus.Cli.Tests;

/// <summary>Colour on a terminal only, and never with NO_COLOR; completion through the shell itself.</summary>
public sealed class TerminalTests : IDisposable
{
    private const string Escape = "\u001b[";
    // A colour (SGR) sequence; .NET itself may switch a terminal's keypad mode (ESC [?1h), which is not colour.
    private const string Colour = @"\u001b\[[0-9;]*m";
    private readonly CliProcess _cli = new();

    /// <summary>Runs the CLI under a pseudo-terminal (util-linux <c>script</c>), as a person at a terminal would.</summary>
    private string RunOnTerminal(string environment, params string[] args)
    {
        var command = $"{environment} dotnet {Quote(CliProcess.Dll)} {string.Join(' ', args.Select(Quote))} --data-dir {Quote(_cli.DataDir)}";
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string Quote(string text) => $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    [Fact]
    public void Errors_are_coloured_on_a_terminal()
    {
        Assert.Contains($"{Escape}31merror:", RunOnTerminal("", "show", "nope"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_colour_when_NO_COLOR_is_set_even_on_a_terminal()
    {
        var output = RunOnTerminal("NO_COLOR=1", "show", "nope");

        Assert.Contains("error: no article", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(Colour, output);
    }

    [Fact]
    public void No_colour_when_output_is_piped()
    {
        _cli.RunJson("import", CliProcess.SampleArticles, "--json");

        var search = _cli.Run("search", "بوتين");
        var error = _cli.Run("show", "nope");

        Assert.DoesNotContain(Escape, search.Out + search.Err + error.Err, StringComparison.Ordinal);
        Assert.Contains("error: no article", error.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_options_of_a_verb()
    {
        var (exit, output, _) = _cli.RunWithoutDataDir("[suggest:11]", "search --so");

        Assert.Equal(0, exit);
        Assert.Equal(["--sort", "--source"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_bash_completion_script_completes_verbs_and_option_values()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_cli.DataDir, "bin")).FullName;
        var wrapper = Path.Combine(bin, "newscorpus");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet {Quote(CliProcess.Dll)} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        const string complete = """
            source <(newscorpus completion bash)
            try() { COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
                    [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("");
                    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _newscorpus_complete; echo "${COMPREPLY[*]}"; }
            try "newscorpus se"
            try "newscorpus search x --sort "
            """;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(complete);
        start.Environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();

        Assert.Equal(["search", "date relevance"], lines);
    }

    public void Dispose() => _cli.Dispose();
}
