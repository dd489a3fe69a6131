using Lucene.Net.Analysis.Ar;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The spellings <see cref="NameSpellings"/> generates for the catalog's foreign names — people's names word by
/// word, places of the gazetteer and of the summits — each checked before it is merged with its name: it must not be
/// an Arabic stop word, a word the catalogs already know as something else, one of the ordinary words listed in
/// <c>data/variants.txt</c>, a spelling two names share, or an ordinary word of the index's own vocabulary.
/// </summary>
public sealed class GeneratedSpellings
{
    public static readonly GeneratedSpellings None = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The reason given for a spelling the index's vocabulary holds as an ordinary word.</summary>
    public const string OrdinaryInIndex = "an ordinary word in the index";

    private GeneratedSpellings(IReadOnlyDictionary<string, string> kept, IReadOnlyDictionary<string, string> refused)
    {
        Kept = kept;
        Refused = refused;
    }

    /// <summary>Generated spelling → the name's canonical spelling.</summary>
    public IReadOnlyDictionary<string, string> Kept { get; }
    /// <summary>Generated spelling → why it is not merged.</summary>
    public IReadOnlyDictionary<string, string> Refused { get; }

    /// <param name="names">Canonical spellings of the names to generate for (normalized).</param>
    /// <param name="rules">The transliteration rules of <c>data/variants.txt</c>.</param>
    /// <param name="known">Every word the catalogs know, with the canonical spelling it stands for.</param>
    /// <param name="notVariants">Ordinary words listed as never a name's spelling (normalized).</param>
    /// <param name="isOrdinary">True for a word the vocabulary shows to be an ordinary word; null when there is none.</param>
    public static GeneratedSpellings From(IEnumerable<string> names, TransliterationRules rules,
        IReadOnlyDictionary<string, string> known, IReadOnlySet<string> notVariants, Func<string, bool>? isOrdinary)
    {
        var byName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            foreach (var spelling in NameSpellings.Of(name, rules))
            {
                if (!byName.TryGetValue(spelling, out var owners))
                    byName[spelling] = owners = new HashSet<string>(StringComparer.Ordinal);
                owners.Add(name);
            }
        }
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (spelling, owners) in byName)
        {
            var name = owners.First();
            var why = owners.Count > 1 ? $"a spelling of {string.Join(" and ", owners.Order(StringComparer.Ordinal))}"
                : known.TryGetValue(spelling, out var other) ? (other == name ? null : $"the catalog's word for {other}")
                : StopWords.Contains(spelling) ? "a stop word"
                : notVariants.Contains(spelling) ? "listed as an ordinary word"
                : isOrdinary?.Invoke(spelling) == true ? OrdinaryInIndex : null;
            if (why is null && !known.ContainsKey(spelling))
                kept[spelling] = name;
            else if (why is not null)
                refused[spelling] = why;
        }
        return new GeneratedSpellings(kept, refused);
    }

    private static readonly HashSet<string> StopWords = ArabicAnalyzer.DefaultStopSet
        .Select(Text.ArabicNormalizer.Normalize)
        .ToHashSet(StringComparer.Ordinal);
}
