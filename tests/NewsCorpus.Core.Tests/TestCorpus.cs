namespace NewsCorpus.Core.Tests;

/// <summary>A corpus over its own temporary data folder, deleted when the test ends.</summary>
public sealed class TestCorpus : IDisposable
{
    public TestCorpus()
    {
        Dir = Directory.CreateTempSubdirectory("newscorpus-test-").FullName;
        Corpus = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(Dir, "var") });
    }

    public string Dir { get; }
    public Corpus Corpus { get; }

    /// <summary>The sample articles shipped in data/articles.</summary>
    public static string SampleArticles => Path.Combine(RepoRoot.Find(), "data", "articles");

    /// <summary>Writes a file into a fresh folder of this test and returns its path.</summary>
    public string WriteFile(string name, byte[] bytes)
    {
        var folder = Path.Combine(Dir, "in");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        Corpus.Dispose();
        Directory.Delete(Dir, recursive: true);
    }
}
