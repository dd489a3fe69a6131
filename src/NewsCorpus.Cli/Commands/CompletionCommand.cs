using System.CommandLine;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// <c>completion bash|zsh|fish</c>: prints a shell script that completes verbs, options and values by asking the
/// program itself through System.CommandLine's <c>[suggest:POSITION]</c> directive, so every verb added later
/// completes without touching the scripts.
/// </summary>
internal static class CompletionCommand
{
    private static readonly Dictionary<string, string> Scripts = new(StringComparer.Ordinal)
    {
        ["bash"] = """
            # newscorpus completion for bash; load it with:  source <(newscorpus completion bash)
            _newscorpus_complete() {
                local IFS=$'\n'
                local candidates
                candidates=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
                COMPREPLY=($(compgen -W "${candidates}" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _newscorpus_complete newscorpus
            """,
        ["zsh"] = """
            # newscorpus completion for zsh; load it with:  source <(newscorpus completion zsh)
            _newscorpus() {
                local line="${words[1,CURRENT]}"
                local -a candidates
                candidates=("${(@f)$(${words[1]} "[suggest:${#line}]" "$line" 2>/dev/null)}")
                compadd -a candidates
            }
            compdef _newscorpus newscorpus
            """,
        ["fish"] = """
            # newscorpus completion for fish; load it with:  newscorpus completion fish | source
            complete -c newscorpus -f -a '(newscorpus "[suggest:"(string length -- (commandline -cp))"]" (commandline -cp) 2>/dev/null)'
            """,
    };

    public static Command Create()
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh or fish." };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        var command = new Command("completion", "Print a shell completion script (bash, zsh or fish).") { shell };
        command.SetAction(parsed =>
        {
            Console.WriteLine(Scripts[parsed.GetValue(shell)!]);
            return CliRunner.Ok;
        });
        return command;
    }
}
