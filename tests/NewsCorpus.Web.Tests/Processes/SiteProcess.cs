using System.Diagnostics;
using NewsCorpus.Core.Import.Writer;

namespace NewsCorpus.Web.Tests.Processes;

/// <summary>The built site as a real process on a random port over a data folder, ready once it advertises its address in the writer lock.</summary>
public static class SiteProcess
{
    public static (ChildProcess Site, Uri Url) Start(string dataDir, TimeSpan patience, IDictionary<string, string>? environment = null)
    {
        var site = ChildProcess.Start(BuiltApps.Site, ["--urls", "http://127.0.0.1:0", "--data-dir", dataDir], environment);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (WriterLock.CurrentHolder(dataDir) is { Kind: WriterKind.Site, ProcessId: var pid, Url: { } url } && pid == site.Id)
                return (site, new Uri(url));
            Assert.True(watch.Elapsed < patience && !site.HasExited, $"the site did not advertise itself.\n{site.Out}\n{site.Err}");
            Thread.Sleep(100);
        }
    }
}
