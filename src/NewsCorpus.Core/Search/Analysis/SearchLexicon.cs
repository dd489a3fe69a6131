using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The catalog knowledge the analyzer applies to single words, keyed on normalized spellings: spelling variants
/// (<c>data/variants.txt</c>) folded to one canonical spelling, and Arabic names from the gazetteer
/// (<c>data/entities.json</c>) and the summits' places (<c>data/summits.json</c>) paired with their English token so
/// either script finds the other.
/// </summary>
public sealed class SearchLexicon
{
    public static readonly SearchLexicon Empty = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _canonical;
    private readonly IReadOnlyDictionary<string, string> _latinAlias;

    private SearchLexicon(IReadOnlyDictionary<string, string> canonical, IReadOnlyDictionary<string, string> latinAlias)
    {
        _canonical = canonical;
        _latinAlias = latinAlias;
    }

    /// <summary>Changes whenever the variants or names change, so an index built with other catalogs is rebuilt.</summary>
    public string Fingerprint
    {
        get
        {
            var entries = _canonical.Select(e => $"v {e.Key} {e.Value}").Concat(_latinAlias.Select(e => $"n {e.Key} {e.Value}"));
            var text = string.Join("\n", entries.Order(StringComparer.Ordinal));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
        }
    }

    /// <summary>
    /// The gazetteer spelling of a one-word name (clitics removed, variants folded: <c>ولبوتن</c> → <c>بوتين</c>), or
    /// null. Names are kept whole rather than stemmed: the light stemmer turns <c>بوتين</c> into <c>بوت</c>, which
    /// <c>بوتان</c> also stems to.
    /// </summary>
    public string? NameForm(string normalizedWord)
    {
        foreach (var candidate in CliticPrefixes.Candidates(normalizedWord))
        {
            var canonical = Canonical(_canonical, candidate);
            if (_latinAlias.ContainsKey(canonical))
                return canonical;
        }
        return null;
    }

    public static SearchLexicon From(Catalogs catalogs) => From(catalogs.Variants, catalogs.Entities, catalogs.Summits);

    public static SearchLexicon From(VariantGroups variants, EntityGazetteer entities, SummitCatalog? summits = null)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in variants.Groups)
        {
            var forms = group.Select(Key).Distinct(StringComparer.Ordinal).ToList();
            foreach (var form in forms)
            {
                // A word in two groups would merge two different words: refuse the catalog instead.
                if (canonical.TryGetValue(form, out var other) && other != forms[0])
                    throw new CatalogException(variants.File, null, $"'{form}' is in two groups (those of {other} and {forms[0]}); a word may be in one group only");
                canonical[form] = forms[0];
            }
        }
        var latin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities.Entities)
        {
            if (entity.AliasesEn.FirstOrDefault(IsOneWord) is not { } english)
                continue;
            foreach (var arabic in entity.AliasesAr.Where(IsOneWord))
                latin.TryAdd(Canonical(canonical, Key(arabic)), LatinToken(english));
        }
        // The gazetteer's pairs come first; a summit place spelled like one of its names keeps the gazetteer's token.
        foreach (var (arabic, english) in SummitPlacePairs.From(summits, word => Canonical(canonical, Key(word)), LatinToken))
            latin.TryAdd(arabic, english);
        return new SearchLexicon(canonical, latin);
    }

    /// <summary>The canonical spelling of a normalized word, clitics removed, or null when it has no variants.</summary>
    public string? CanonicalSpelling(string normalizedWord)
    {
        foreach (var candidate in CliticPrefixes.Candidates(normalizedWord))
        {
            if (_canonical.TryGetValue(candidate, out var canonical))
                return canonical;
        }
        return null;
    }

    /// <summary>The English token (lowercase) for an Arabic name, e.g. <c>بوتين</c> → <c>putin</c>, or null.</summary>
    public string? LatinAlias(string normalizedWord)
    {
        foreach (var candidate in CliticPrefixes.Candidates(normalizedWord))
        {
            if (_latinAlias.TryGetValue(Canonical(_canonical, candidate), out var latin))
                return latin;
        }
        return null;
    }

    private static string Canonical(IReadOnlyDictionary<string, string> map, string word) => map.GetValueOrDefault(word, word);

    /// <summary>A catalog word as the analyzer sees it: repaired (letter forms folded) and normalized.</summary>
    private static string Key(string word) => ArabicNormalizer.Normalize(ArabicRepairCharFilter.Repair(word));

    internal static bool IsOneWord(string name) => !name.Contains(' ', StringComparison.Ordinal) && !name.Contains('-', StringComparison.Ordinal);

    /// <summary>Lowercased and stripped of accents, as <c>ASCIIFoldingFilter</c> leaves English text in the index.</summary>
    private static string LatinToken(string english) =>
        new string(english.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
}
