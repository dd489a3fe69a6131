using NewsCorpus.Core.Setup;

namespace NewsCorpus.Core.Catalog;

/// <summary>A catalog file that is missing or that an editor left invalid, with the file, the line when known and what is wrong.</summary>
public sealed class CatalogException(string file, long? line, string problem, Exception? inner = null)
    : CorpusSetupException(Describe(file, line, problem), inner)
{
    /// <summary>The file's path (or its bare name, until <see cref="InFolder"/> roots it).</summary>
    public string File { get; } = file;
    /// <summary>1-based line of the problem, when the file's reader could tell.</summary>
    public long? Line { get; } = line;
    /// <summary>What is wrong, in an editor's words.</summary>
    public string Problem { get; } = problem;

    /// <summary>The same problem with a bare file name placed in <paramref name="catalogDir"/>.</summary>
    public CatalogException InFolder(string catalogDir) =>
        Path.IsPathRooted(File) ? this : new(Path.Combine(catalogDir, File), Line, Problem, InnerException);

    private static string Describe(string file, long? line, string problem) =>
        $"NewsCorpus cannot read its catalogs: {file}{(line is { } l ? $", line {l}" : "")}: {problem}. Fix the file, or set "
        + "NewsCorpus:CatalogDir (--catalog-dir for the command line) to a folder of valid catalogs, and start again.";
}
