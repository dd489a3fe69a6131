namespace NewsCorpus.Core.Catalog;

/// <summary>
/// Spelling knowledge from <c>data/variants.txt</c>: groups of spellings of one word that letter normalization does
/// not unify (one group per line, words separated by spaces), the transliteration rules that generate the spellings
/// of names (<c>@swap</c>, <c>@optional</c>, <c>@final</c> lines), and ordinary words a rule would produce from a name,
/// which are never merged with it (<c>!</c> before each). <c>#</c> starts a comment.
/// </summary>
public sealed class VariantGroups(
    IReadOnlyList<IReadOnlyList<string>> groups,
    TransliterationRules? rules = null,
    IReadOnlyList<string>? notVariants = null)
{
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; } = groups;
    public TransliterationRules Rules { get; } = rules ?? TransliterationRules.None;
    /// <summary>Ordinary words (<c>كيف</c> "how", <c>سوشي</c> "sushi") a rule produces from a name: never its spelling.</summary>
    public IReadOnlyList<string> NotVariants { get; } = notVariants ?? [];

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

    public static VariantGroups Parse(IEnumerable<string> lines)
    {
        var groups = new List<IReadOnlyList<string>>();
        var swaps = new List<IReadOnlyList<string>>();
        var optional = new List<string>();
        var finals = new List<string>();
        var notVariants = new List<string>();
        foreach (var line in lines)
        {
            var words = line.Split('#')[0].Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            switch (words.FirstOrDefault())
            {
                case null:
                    continue;
                case "@swap":
                    swaps.Add(words[1..]);
                    break;
                case "@optional":
                    optional.AddRange(words[1..]);
                    break;
                case "@final":
                    finals.AddRange(words[1..]);
                    break;
                case var first when first.StartsWith('!'):
                    notVariants.AddRange(words.Select(w => w.TrimStart('!')).Where(w => w.Length > 0));
                    break;
                default:
                    if (words.Length > 1)
                        groups.Add(words);
                    break;
            }
        }
        return new VariantGroups(groups, new TransliterationRules(swaps, optional, finals), notVariants);
    }
}

/// <summary>
/// How Arabic outlets spell foreign names differently: letters that stand for one foreign sound (<c>غ ج ق</c> for g,
/// <c>تش ش</c> for ch), long vowels written or left out inside a name (<c>ترامب</c>/<c>ترمب</c>), and the letters a
/// name may end in (<c>ي ه ا</c>: <c>أنطاليا</c>/<c>أنطاليه</c>). Hamza seats and final ى/ي are already one letter
/// after normalization.
/// </summary>
public sealed record TransliterationRules(
    IReadOnlyList<IReadOnlyList<string>> Swaps,
    IReadOnlyList<string> OptionalLetters,
    IReadOnlyList<string> FinalLetters)
{
    public static readonly TransliterationRules None = new([], [], []);
}
