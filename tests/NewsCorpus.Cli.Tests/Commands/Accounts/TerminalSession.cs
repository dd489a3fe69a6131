using System.Diagnostics;
using System.Text;

namespace NewsCorpus.Cli.Tests.Commands.Accounts;

/// <summary>
/// The CLI run at a real pseudo-terminal (through util-linux <c>script</c>), typed at like a person would, so a
/// test can see what the terminal shows: prompts, and whether typed characters are echoed.
/// </summary>
public sealed class TerminalSession : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _screen = new();
    private readonly Task _reading;

    private TerminalSession(Process process)
    {
        _process = process;
        _reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (_screen)
                    _screen.Append(buffer, 0, read);
            }
        });
    }

    public static TerminalSession Start(params string[] cliArgs)
    {
        var command = string.Join(' ', new[] { "dotnet", CliProcess.Dll }.Concat(cliArgs).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
            start.ArgumentList.Add(arg);
        return new TerminalSession(Process.Start(start)!);
    }

    /// <summary>Everything the terminal has shown so far.</summary>
    public string Screen
    {
        get
        {
            lock (_screen)
                return _screen.ToString();
        }
    }

    public async Task WaitForAsync(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Screen.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
                throw new TimeoutException($"the terminal never showed '{text}'; it shows:\n{Screen}");
            await Task.Delay(50);
        }
        // The program switches echo off inside its read call, a moment after the prompt is shown; a person is never
        // that quick, and typing inside that moment would be echoed by the terminal whatever the program does.
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    /// <summary>Types a line and presses Enter.</summary>
    public void TypeLine(string text)
    {
        _process.StandardInput.Write(text + "\r");
        _process.StandardInput.Flush();
    }

    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
        await _reading;
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
