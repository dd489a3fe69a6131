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
    public static readonly SearchLexicon Empty = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>());

    private readonly Dictionary<string, string> _canonical;
    private readonly IReadOnlyDictionary<string, string> _latinAlias;
    // Every word with a spelling or a name entry: the analyzer asks about each token, and most have none.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _entries;

    private SearchLexicon(Dictionary<string, string> canonical, IReadOnlyDictionary<string, string> latinAlias)
    {
        _canonical = canonical;
        _latinAlias = latinAlias;
        _entries = canonical.Keys.Concat(latinAlias.Keys).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// False when <see cref="NameForm"/>, <see cref="CanonicalSpelling"/> and <see cref="LatinAlias"/> are all null for
    /// the word: neither it nor the word without its clitics has an entry. Allocates nothing, so the analyzer makes a
    /// string of a token only when this says it may have one.
    /// </summary>
    public bool MayHaveEntry(ReadOnlySpan<char> normalizedWord)
    {
        Span<char> buffer = normalizedWord.Length <= 256 ? stackalloc char[normalizedWord.Length] : new char[normalizedWord.Length];
        foreach (var candidate in CliticPrefixes.Candidates(normalizedWord, buffer))
        {
            if (_entries.Contains(candidate))
                return true;
        }
        return false;
    }

    /// <summary>Changes whenever the variants or names change, so an index built with other catalogs is rebuilt.</summary>
    public string Fingerprint
    {
        get
        {
            var entries = _canonical.Select(e => $"v {e.Key} {e.Value}").Concat(_latinAlias.Select(e => $"n {e.Key} {e.Value}"))
                .Concat(RunTogether.Known.Select(k => $"k {k}"));
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

    public static SearchLexicon From(Catalogs catalogs, Func<string, bool>? isOrdinary = null) =>
        From(catalogs.Variants, catalogs.Entities, catalogs.Summits, isOrdinary);

    /// <summary>The generated spellings of names merged with them, and those refused with the reason.</summary>
    public GeneratedSpellings Generated { get; private init; } = GeneratedSpellings.None;

    private RunTogetherWords RunTogether { get; init; } = new([]);

    /// <summary>The known words a run-together word is made of (<c>سورياواوكرانيا</c> → سوريا, واوكرانيا), or null.</summary>
    public IReadOnlyList<string>? RunTogetherParts(ReadOnlySpan<char> normalizedWord) => RunTogether.Split(normalizedWord);

    /// <param name="variants">Hand-kept spelling groups and the transliteration rules.</param>
    /// <param name="entities">The gazetteer: names paired across scripts and spelled by rule.</param>
    /// <param name="summits">The summits: their places paired across scripts and spelled by rule.</param>
    /// <param name="isOrdinary">Tells a generated spelling that the index's vocabulary shows to be an ordinary word.</param>
    public static SearchLexicon From(VariantGroups variants, EntityGazetteer entities, SummitCatalog? summits = null, Func<string, bool>? isOrdinary = null)
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
        var known = KnownWords(entities, summits, canonical);
        var generated = Generate(variants, entities, summits, canonical, known, isOrdinary);
        foreach (var (spelling, name) in generated.Kept)
            canonical[spelling] = name;
        return new SearchLexicon(canonical, latin)
        {
            Generated = generated,
            RunTogether = new RunTogetherWords(known.Keys.Concat(canonical.Keys)),
        };
    }

    private static IEnumerable<string> Words(string phrase) =>
        phrase.Split(' ', '-').Where(w => w.Any(ArabicScript.IsArabicLetter)).Select(Key);

    /// <summary>Every Arabic word the catalogs hold (names, places, countries, summit names, forums) → its canonical spelling.</summary>
    private static Dictionary<string, string> KnownWords(EntityGazetteer entities, SummitCatalog? summits, Dictionary<string, string> canonical)
    {
        var known = new Dictionary<string, string>(canonical, StringComparer.Ordinal);
        var catalogWords = entities.Entities.SelectMany(e => e.AliasesAr.Append(e.NameAr))
            .Concat((summits?.Summits ?? []).SelectMany(s => s.PlaceAliases.Concat(s.Aliases).Append(s.CityAr).Concat(s.CountryAliases ?? [])))
            .Concat((summits?.Forums ?? []).SelectMany(f => f.Aliases.Append(f.NameAr)))
            .SelectMany(Words);
        foreach (var word in catalogWords)
            known.TryAdd(word, Canonical(canonical, word));
        return known;
    }

    /// <summary>
    /// Spellings generated for foreign names: people word by word, the one-word places of the gazetteer and the
    /// summits (not the words of a longer place name — شبه جزيرة القرم — which are ordinary words, not organisations,
    /// and not Arabic words with the article ال, which are no transliterations).
    /// </summary>
    private static GeneratedSpellings Generate(VariantGroups variants, EntityGazetteer entities, SummitCatalog? summits,
        Dictionary<string, string> canonical, Dictionary<string, string> known, Func<string, bool>? isOrdinary)
    {
        var people = entities.Entities.Where(e => e.Type == Entity.Person).SelectMany(e => e.AliasesAr.Append(e.NameAr)).SelectMany(Words);
        var places = entities.Entities.Where(e => e.Type == Entity.Place).SelectMany(e => e.AliasesAr.Append(e.NameAr))
            .Concat((summits?.Summits ?? []).SelectMany(s => s.PlaceAliases.Append(s.CityAr).Except(s.AmbiguousAliases ?? [])))
            .Where(IsOneWord).SelectMany(Words);
        var names = people.Concat(places)
            .Where(w => !w.StartsWith("ال", StringComparison.Ordinal))
            .Select(w => Canonical(canonical, w))
            .ToList();
        var notVariants = variants.NotVariants.Select(Key).ToHashSet(StringComparer.Ordinal);
        return GeneratedSpellings.From(names, variants.Rules, known, notVariants, isOrdinary);
    }

    /// <summary>Every normalized word the lexicon gives a canonical spelling, with that spelling (<see cref="SpellingOf"/>).</summary>
    internal IReadOnlyDictionary<string, string> Variants => _canonical;

    /// <summary>The one spelling of a normalized word as written (no clitics removed): its canonical spelling, or itself.</summary>
    public string SpellingOf(string normalizedWord) => _canonical.GetValueOrDefault(normalizedWord, normalizedWord);

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
