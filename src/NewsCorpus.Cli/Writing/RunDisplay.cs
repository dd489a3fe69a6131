using System.Diagnostics;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Files;

namespace NewsCorpus.Cli.Writing;

/// <summary>
/// What a write verb shows while it works, the same for a local run and one handed to the site: one line per file
/// as its batch commits, and progress — a bar redrawn in place when standard output is a terminal, plain lines on
/// standard error (at most one a second) when it is piped, so the report on standard output stays clean. With
/// <c>--json</c> only the final JSON document goes to standard output.
/// </summary>
internal sealed class RunDisplay(bool json)
{
    private const int BarWidth = 30;
    private readonly bool _terminal = !json && !Console.IsOutputRedirected;
    private readonly Stopwatch _sincePlainLine = Stopwatch.StartNew();
    private bool _barShown;

    /// <summary>Prints the outcome of each file of a committed batch, one line per file whatever its name holds.</summary>
    public void Files(IEnumerable<ImportFileResult> files)
    {
        if (json)
            return;
        ClearBar();
        foreach (var file in files)
        {
            var line = file.Outcome switch
            {
                ImportOutcome.Failed => $"failed     {PrintableName.Of(file.File)}: {file.Error}",
                ImportOutcome.Skipped => $"skipped    {PrintableName.Of(file.File)}: {file.Error}",
                _ => $"{file.Outcome.ToString().ToLowerInvariant(),-10} {PrintableName.Of(file.File)} ({file.ArticleId})",
            };
            (file.Outcome == ImportOutcome.Failed ? Console.Error : Console.Out).WriteLine(line);
        }
    }

    /// <summary>Shows how far the run is: <paramref name="unit"/> is what is counted ("files", "articles").</summary>
    public void Progress(string unit, int done, int total, int refused, double perSecond)
    {
        var text = $"{done:N0}/{total:N0} {unit}" + (refused > 0 ? $", {refused:N0} refused" : "") + $", {perSecond:N0}/s";
        if (_terminal)
        {
            var filled = total == 0 ? BarWidth : (int)((long)BarWidth * Math.Min(done, total) / total);
            Console.Out.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {text}\u001b[K");
            _barShown = true;
        }
        else if (_sincePlainLine.Elapsed >= TimeSpan.FromSeconds(1) || done >= total)
        {
            Console.Error.WriteLine($"progress: {text}");
            _sincePlainLine.Restart();
        }
    }

    /// <summary>A message about the run (waiting, resuming, handing off), on standard error.</summary>
    public void Note(string message)
    {
        ClearBar();
        Console.Error.WriteLine(message);
    }

    /// <summary>Removes the bar before the report's last lines.</summary>
    public void ClearBar()
    {
        if (!_barShown)
            return;
        Console.Out.Write("\r\u001b[K");
        _barShown = false;
    }
}
