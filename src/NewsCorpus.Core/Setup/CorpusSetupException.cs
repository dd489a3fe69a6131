namespace NewsCorpus.Core.Setup;

/// <summary>
/// The corpus cannot open because of something a person can fix: a catalog, a folder, a lock held by another
/// process. <see cref="Exception.Message"/> is one paragraph in plain words saying what is wrong and how to fix it;
/// both hosts print it as it is, without a stack trace.
/// </summary>
public class CorpusSetupException(string message, Exception? inner = null) : InvalidOperationException(message, inner)
{
    /// <summary>True when waiting for another process (the web app, another command) is the fix.</summary>
    public bool IsBusy { get; init; }
}
