namespace NewsCorpus.Cli;

/// <summary>
/// Colour for one output stream, only when it is a terminal and the user has not asked for none
/// (<c>NO_COLOR</c>, https://no-color.org, or <c>TERM=dumb</c>): piped and redirected output stays plain text.
/// </summary>
internal sealed class TerminalStyle(Func<bool> redirected)
{
    public static readonly TerminalStyle Output = new(() => Console.IsOutputRedirected);
    public static readonly TerminalStyle Error = new(() => Console.IsErrorRedirected);

    private const string Red = "31", Yellow = "33", Bold = "1", Dim = "2";

    public bool ColorOn =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb"
        && !redirected();

    /// <summary>Error labels and failed lines.</summary>
    public string Failure(string text) => Wrap(text, Red);
    public string Warning(string text) => Wrap(text, Yellow);
    public string Strong(string text) => Wrap(text, Bold);
    public string Faint(string text) => Wrap(text, Dim);

    private string Wrap(string text, string code) => ColorOn ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
