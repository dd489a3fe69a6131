using System.Text;

namespace NewsCorpus.Core.Tests;

/// <summary>
/// A temporary folder for tests that open, close and reopen corpora over one data folder: the options that point
/// at it, its index folder, and short article files written into it. Deleted when the test ends.
/// </summary>
public sealed class StoryFolder(string prefix) : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public NewsCorpusOptions Options => new() { DataDir = Path.Combine(Dir, "var") };

    public string IndexPath => Path.Combine(Options.WithDefaults().DataDir, "index");

    /// <summary>Writes an article file (its title, then its body) and returns its path.</summary>
    public string Story(string name, string title, string body)
    {
        var path = Path.Combine(Dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"{title}\n{body}", Encoding.UTF8);
        return path;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
