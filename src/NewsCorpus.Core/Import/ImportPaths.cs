namespace NewsCorpus.Core.Import;

/// <summary>Turns the paths given to an import (files, or folders searched recursively) into the files to read.</summary>
internal static class ImportPaths
{
    /// <summary>The files under <paramref name="paths"/> in a stable order; a path that does not exist is reported in <paramref name="results"/>.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, List<ImportFileResult> results)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => !Path.GetFileName(f).StartsWith('.'))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                results.Add(Importer.Failed(path, "no such file or folder"));
            }
        }
    }
}
