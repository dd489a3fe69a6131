using System.Diagnostics;
using System.Text;

namespace NewsCorpus.Web.Tests.Processes;

/// <summary>
/// A real child process (the built web app or CLI) whose output is collected as it comes, so a test can wait for a
/// line, kill it at a chosen moment, and read what it said. Killed on dispose if still running.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly object _gate = new();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_err, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public static ChildProcess Start(string dll, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Core.RepoRoot.Find(),
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        return new ChildProcess(Process.Start(start)!);
    }

    public string Out
    {
        get { lock (_gate) return _out.ToString(); }
    }

    public string Err
    {
        get { lock (_gate) return _err.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until standard error or output holds <paramref name="text"/>; fails with what the process said when it does not come.</summary>
    public void WaitForOutput(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!Out.Contains(text, StringComparison.Ordinal) && !Err.Contains(text, StringComparison.Ordinal))
        {
            if (watch.Elapsed > timeout || _process.HasExited)
                Assert.Fail($"'{text}' did not come (exited: {_process.HasExited}).\nstdout: {Out}\nstderr: {Err}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Waits for the process to end by itself; returns its exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            Assert.Fail($"the process did not end within {timeout}.\nstdout: {Out}\nstderr: {Err}");
        }
        _process.WaitForExit(); // flushes the asynchronous output readers
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (SIGKILL: no clean-up of its own runs), and waits until it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private void Append(StringBuilder into, string? line)
    {
        if (line is null)
            return;
        lock (_gate)
            into.AppendLine(line);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
