namespace NewsCorpus.Core.Setup;

/// <summary>
/// The folders used when none is configured. A program running from a checkout (<c>dotnet run</c>, tests) uses the
/// checkout's <c>var/</c>, <c>data/</c> and <c>data/articles/</c>, as the README says. A published or installed
/// program uses the platform's data folder for its store and the catalogs shipped beside it, and imports nothing on
/// first start: the working directory is never used, so starting it from another folder cannot scatter stores.
/// </summary>
public sealed record DefaultFolders(string DataDir, string CatalogDir, string ArticlesDir)
{
    /// <summary>The folder of catalogs copied into every build and publish output (see NewsCorpus.Core.csproj).</summary>
    public const string ShippedCatalogs = "catalogs";

    /// <summary>The defaults for this process.</summary>
    public static DefaultFolders ForThisProgram() => For(
        AppContext.BaseDirectory,
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        OperatingSystem.IsWindows());

    /// <param name="programFolder">Where the program's files are.</param>
    /// <param name="localAppData">The platform's per-user data folder: <c>$XDG_DATA_HOME</c> or <c>~/.local/share</c>, <c>%LOCALAPPDATA%</c>.</param>
    /// <param name="windows">Folder names are capitalised on Windows, lowercase elsewhere.</param>
    public static DefaultFolders For(string programFolder, string localAppData, bool windows)
    {
        if (RepoRoot.Containing(programFolder) is { } checkout)
            return new(Path.Combine(checkout, "var"), Path.Combine(checkout, "data"), Path.Combine(checkout, "data", "articles"));
        if (string.IsNullOrWhiteSpace(localAppData))
            throw new CorpusSetupException(
                "No data folder is configured and this account has no home folder to keep one in. Set NewsCorpus:DataDir "
                + "(environment variable NewsCorpus__DataDir) or pass --data-dir with a folder NewsCorpus may write to.");
        return new(
            Path.Combine(localAppData, windows ? "NewsCorpus" : "newscorpus"),
            Path.Combine(programFolder, ShippedCatalogs),
            ArticlesDir: "");
    }
}
