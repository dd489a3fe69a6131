namespace NewsCorpus.Core.Catalog;

/// <summary>
/// Groups of spellings of one word that letter normalization does not unify (<c>data/variants.txt</c>):
/// one group per line, words separated by spaces, <c>#</c> starts a comment.
/// </summary>
public sealed class VariantGroups(IReadOnlyList<IReadOnlyList<string>> groups)
{
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; } = groups;

    public static VariantGroups Load(string catalogDir)
    {
        var path = Path.Combine(catalogDir, "variants.txt");
        if (!File.Exists(path))
            throw new InvalidOperationException($"Catalog file {path} is missing.");
        return Parse(File.ReadLines(path));
    }

    public static VariantGroups Parse(IEnumerable<string> lines) => new(lines
        .Select(line => line.Split('#')[0].Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        .Where(words => words.Length > 1)
        .Select(words => (IReadOnlyList<string>)words)
        .ToList());
}
