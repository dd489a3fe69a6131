namespace NewsCorpus.Core;

/// <summary>Finds the repository root (the folder holding NewsCorpus.sln) so defaults work from any working directory.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsCorpus.sln")))
                    return dir.FullName;
            }
        }
        // Installed outside a checkout: data lives beside the working directory.
        return Directory.GetCurrentDirectory();
    }
}
