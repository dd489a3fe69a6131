using System.CommandLine;

namespace NewsCorpus.Cli;

/// <summary>Parses the command line and runs the chosen verb; usage errors exit with 2, failures with 1.</summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run with --help to see the usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Failed;
        }
    }
}

/// <summary>A command-line value that parsed but makes no sense (a bad date, an unknown id).</summary>
internal sealed class UsageException(string message) : Exception(message);
