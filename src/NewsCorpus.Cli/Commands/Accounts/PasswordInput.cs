using System.Text;

namespace NewsCorpus.Cli.Commands.Accounts;

/// <summary>
/// Reads a new password from standard input, never from the command line (where it would be kept in shell history
/// and shown to other users by <c>ps</c>): at a terminal, typed twice without echo; when piped, one line.
/// </summary>
internal static class PasswordInput
{
    public static string Read(string name)
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine() ?? "";
        var first = Prompt($"Password for {name}: ");
        var second = Prompt("Repeat the password: ");
        if (first != second)
            throw new UsageException("the two passwords differ; nothing was changed");
        return first;
    }

    private static string Prompt(string text)
    {
        // Prompts go to standard error, so standard output stays for results.
        Console.Error.Write(text);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
