using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Pairs the one-word Arabic place names of the summits (<c>هلسنكي</c>, <c>أوساكا</c>, <c>ألاسكا</c>) with their
/// English token (<c>helsinki</c>, <c>osaka</c>, <c>alaska</c>). A summit's <see cref="Summit.OtherPlaces"/> names the
/// places that are not its city; every other one-word Arabic place alias is a spelling of the city. A city written
/// in two English words pairs only when an alias writes it as one (<c>Da Nang</c> → <c>Danang</c>); otherwise
/// (<c>Lough Erne</c>, <c>Los Cabos</c>) there is no single token to pair and the name is searched in its own script.
/// An Arabic word that two summits pair with different English names, or that the catalog marks ambiguous, is left out.
/// </summary>
internal static class SummitPlacePairs
{
    /// <summary>(key, English token) pairs; <paramref name="key"/> turns an Arabic catalog word into the lexicon's key.</summary>
    public static IEnumerable<(string Arabic, string English)> From(SummitCatalog? summits, Func<string, string> key, Func<string, string> latinToken)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var summit in summits?.Summits ?? [])
        {
            var ambiguous = (summit.AmbiguousAliases ?? []).Select(key).ToHashSet(StringComparer.Ordinal);
            var others = summit.OtherPlaces ?? new Dictionary<string, IReadOnlyList<string>>();
            var claimed = others.Values.SelectMany(v => v).Select(key).ToHashSet(StringComparer.Ordinal);
            foreach (var (english, arabicNames) in others.Where(o => SearchLexicon.IsOneWord(o.Key)))
            {
                foreach (var arabic in arabicNames.Where(SearchLexicon.IsOneWord).Select(key).Where(a => !ambiguous.Contains(a)))
                    Add(pairs, arabic, latinToken(english));
            }
            if (CityToken(summit) is not { } city)
                continue;
            var spellings = summit.PlaceAliases.Prepend(summit.CityAr).Where(a => IsArabic(a) && SearchLexicon.IsOneWord(a)).Select(key);
            foreach (var arabic in spellings.Where(a => !claimed.Contains(a) && !ambiguous.Contains(a)))
                Add(pairs, arabic, latinToken(city));
        }
        return pairs.Where(p => p.Value is not null).Select(p => (p.Key, p.Value!));
    }

    /// <summary>The city's English name as one word: itself, or an alias that writes it without spaces.</summary>
    private static string? CityToken(Summit summit)
    {
        if (SearchLexicon.IsOneWord(summit.CityEn))
            return summit.CityEn;
        var joined = summit.CityEn.Replace(" ", "", StringComparison.Ordinal);
        return summit.PlaceAliases.FirstOrDefault(a => string.Equals(a, joined, StringComparison.OrdinalIgnoreCase));
    }

    private static void Add(Dictionary<string, string?> pairs, string arabic, string english)
    {
        // The same word paired with two different names cannot say which one it means.
        if (pairs.TryGetValue(arabic, out var existing) && existing != english)
            pairs[arabic] = null;
        else
            pairs.TryAdd(arabic, english);
    }

    private static bool IsArabic(string word) => word.Any(c => c is >= '\u0600' and <= '\u06FF');
}
