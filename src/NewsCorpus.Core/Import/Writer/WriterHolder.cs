using System.Diagnostics;
using System.Text.Json.Serialization;

namespace NewsCorpus.Core.Import.Writer;

/// <summary>What kind of process holds a data folder's writer lock.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WriterKind>))]
public enum WriterKind
{
    /// <summary>The web app, which writes for as long as it runs and takes work handed to it through its API.</summary>
    Site,
    /// <summary>A command-line verb, which writes until it ends.</summary>
    CommandLine,
    /// <summary>Any other program using the library (tests, tools).</summary>
    Library,
}

/// <summary>
/// The holder of a data folder's writer lock, as it describes itself in <c>writer.json</c>: enough for a waiting
/// command to say whom it waits for, and, for a site, where and with what credential to hand work over.
/// </summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Kind">Site, command line or library.</param>
/// <param name="Description">What it is doing, e.g. <c>newscorpus import /srv/inbox</c>.</param>
/// <param name="Since">When it took the lock.</param>
/// <param name="Url">The site's own address for the API (local loopback), once it listens.</param>
/// <param name="HandOffToken">A credential the site accepts from local commands, replaced at each start.</param>
public sealed record WriterHolder(
    int ProcessId, WriterKind Kind, string Description, DateTimeOffset Since, string? Url = null, string? HandOffToken = null)
{
    /// <summary>This process as a holder of the given kind.</summary>
    public static WriterHolder ThisProcess(WriterKind kind, string description) =>
        new(Environment.ProcessId, kind, description, DateTimeOffset.UtcNow);

    /// <summary>True when a process with this id is running (a stale record left by a killed holder is not).</summary>
    public bool IsAlive
    {
        get
        {
            try
            {
                using var process = Process.GetProcessById(ProcessId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>How a waiting command names the holder: <c>the web app (pid 123, http://127.0.0.1:5000)</c>.</summary>
    public override string ToString() => Kind switch
    {
        WriterKind.Site => $"the web app (pid {ProcessId}{(Url is null ? "" : ", " + Url)})",
        WriterKind.CommandLine => $"`{Description}` (pid {ProcessId})",
        _ => $"{Description} (pid {ProcessId})",
    };
}

/// <summary>Thrown when a data folder's writer lock is held by another process, naming the holder when it said who it is.</summary>
public sealed class WriterLockHeldException(string dataDir, WriterHolder? holder)
    : InvalidOperationException(holder is null
        ? $"The data folder {dataDir} is being written by another NewsCorpus process."
        : $"The data folder {dataDir} is being written by {holder}.")
{
    public WriterHolder? Holder { get; } = holder;
}
