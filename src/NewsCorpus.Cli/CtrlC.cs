namespace NewsCorpus.Cli;

/// <summary>Ctrl-C as a cancellation: a write verb stops after the batch in flight and reports what it kept.</summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CtrlC() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => _source.Token;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        // The first Ctrl-C asks the run to stop cleanly; a second one ends the process at once.
        if (_source.IsCancellationRequested)
            return;
        e.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }
}
