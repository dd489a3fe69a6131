namespace NewsCorpus.Core;

/// <summary>Finds the repository checkout (the folder holding NewsCorpus.sln) a program or test runs from.</summary>
public static class RepoRoot
{
    /// <summary>The checkout this program runs from; for tests, benchmarks and tools that only run from one.</summary>
    public static string Find() =>
        Containing(AppContext.BaseDirectory) ?? Containing(Directory.GetCurrentDirectory())
        ?? throw new InvalidOperationException("Not inside a NewsCorpus checkout (no NewsCorpus.sln above the program or the working directory).");

    /// <summary>The checkout holding <paramref name="folder"/>, or null when it is not inside one.</summary>
    public static string? Containing(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsCorpus.sln")))
                return dir.FullName;
        }
        return null;
    }
}
