namespace NewsCorpus.Core.Catalog;

/// <summary>
/// Groups of spellings of one word that letter normalization does not unify (<c>data/variants.txt</c>):
/// one group per line, words separated by spaces, <c>#</c> starts a comment.
/// </summary>
public sealed class VariantGroups(IReadOnlyList<IReadOnlyList<string>> groups)
{
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; } = groups;

    /// <summary>The file the groups were read from, for error messages (set by <see cref="Load"/>).</summary>
    public string File { get; private set; } = "variants.txt";

    public static VariantGroups Load(string catalogDir)
    {
        var path = Path.Combine(catalogDir, "variants.txt");
        if (!System.IO.File.Exists(path))
            throw new CatalogException(path, null, "the file is missing");
        // Set on the parsed object rather than copied into a new one, so nothing else Parse reads is lost.
        var variants = Parse(System.IO.File.ReadLines(path));
        variants.File = path;
        return variants;
    }

    public static VariantGroups Parse(IEnumerable<string> lines) => new(lines
        .Select(line => line.Split('#')[0].Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        .Where(words => words.Length > 1)
        .Select(words => (IReadOnlyList<string>)words)
        .ToList());
}
