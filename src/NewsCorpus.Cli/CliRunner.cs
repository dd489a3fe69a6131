using System.CommandLine;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Cli;

/// <summary>
/// Parses the command line and runs the chosen verb. Every verb's exit code means the same (README, "Exit codes"):
/// a verb returns <see cref="Ok"/> or <see cref="Failed"/> and throws <see cref="UsageException"/> or
/// <see cref="NotFoundException"/>; problems opening the corpus come as <see cref="CorpusSetupException"/>.
/// </summary>
internal static class CliRunner
{
    public const int Ok = 0;
    /// <summary>Done in part (some files were refused) or failed.</summary>
    public const int Failed = 1;
    /// <summary>The command line could not be read.</summary>
    public const int UsageError = 2;
    /// <summary>What the command names does not exist (an article id).</summary>
    public const int NotFound = 3;
    /// <summary>Something a person must fix first: a catalog, the data folder.</summary>
    public const int SetupProblem = 4;
    /// <summary>Another NewsCorpus process holds the data folder; trying again later may work.</summary>
    public const int Busy = 5;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                PrintError(ParseErrorWording.Describe(error, parsed.CommandResult));
            Console.Error.WriteLine($"Run `{ParseErrorWording.CommandPath(parsed.CommandResult)} --help` to see the usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            PrintError(e.Message);
            return UsageError;
        }
        catch (NotFoundException e)
        {
            PrintError(e.Message);
            return NotFound;
        }
        catch (CorpusSetupException e)
        {
            PrintError(e.Message);
            return e.IsBusy ? Busy : SetupProblem;
        }
        catch (InvalidOperationException e)
        {
            PrintError(e.Message);
            return Failed;
        }
    }

    private static void PrintError(string message) =>
        Console.Error.WriteLine($"{TerminalStyle.Error.Failure("error:")} {message}");
}

/// <summary>A command-line value that parsed but makes no sense (a bad date, a limit out of range).</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The thing a command names does not exist (no article with that id); exits with <see cref="CliRunner.NotFound"/>.</summary>
internal sealed class NotFoundException(string message) : Exception(message);
