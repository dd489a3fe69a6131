using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Generates the spellings Arabic outlets give a foreign name, by the rules of <c>data/variants.txt</c>: letters for
/// one foreign sound swapped (<c>هامبورغ</c> → <c>هامبورج</c>), one long vowel left out or written
/// between two consonants (<c>ترامب</c> → <c>ترمب</c>, <c>هلسنكي</c> → <c>هلسينكي</c>), the final vowel of a longer
/// name spelled otherwise (<c>أنطاليا</c> → <c>أنطاليه</c>); at most two such changes, one of them to a vowel.
/// Input and output are normalized words.
/// </summary>
internal static class NameSpellings
{
    private const int MaxChanges = 2;
    /// <summary>Shorter names have too little left to tell apart once a vowel goes (<c>كيري</c> → <c>كري</c>).</summary>
    private const int MinLengthForVowels = 5;
    private const int MinLength = 4;
    /// <summary>A short name's other ending is too often an adjective (<c>روسيا</c>, <c>روسية</c> "Russian").</summary>
    private const int MinLengthForFinal = 6;

    public static IEnumerable<string> Of(string name, TransliterationRules rules)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        IEnumerable<(string Word, bool VowelChanged)> frontier = [(name, false)];
        for (var change = 0; change < MaxChanges; change++)
        {
            frontier = frontier.SelectMany(f => OneChange(f.Word, f.VowelChanged, name.Length >= MinLengthForVowels, rules))
                .Where(f => seen.Add(f.Word))
                .ToList();
        }
        return seen.Where(w => w != name && w.Length >= MinLength);
    }

    // One vowel change at most: two would turn most names into other words.
    private static IEnumerable<(string Word, bool VowelChanged)> OneChange(string word, bool vowelChanged, bool vowels, TransliterationRules rules)
    {
        foreach (var group in rules.Swaps)
        {
            foreach (var letters in group)
            {
                for (var at = word.IndexOf(letters, StringComparison.Ordinal); at >= 0; at = word.IndexOf(letters, at + 1, StringComparison.Ordinal))
                {
                    foreach (var other in group.Where(o => o != letters))
                        yield return (string.Concat(word.AsSpan(0, at), other, word.AsSpan(at + letters.Length)), vowelChanged);
                }
            }
        }
        var last = word[^1].ToString();
        if (word.Length >= MinLengthForFinal && rules.FinalLetters.Contains(last))
        {
            foreach (var other in rules.FinalLetters.Where(f => f != last))
                yield return (word[..^1] + other, vowelChanged);
        }
        if (!vowels || vowelChanged)
            yield break;
        var optional = rules.OptionalLetters;
        bool IsVowel(int i) => optional.Contains(word[i].ToString());
        for (var i = 1; i < word.Length - 1; i++)
        {
            // A long vowel between two consonants may be left out (بوتين → بوتن); one beside another vowel carries
            // the word's shape (سوريا, not سورا).
            if (IsVowel(i) && !IsVowel(i - 1) && !IsVowel(i + 1))
                yield return (word.Remove(i, 1), true);
            else if (!IsVowel(i) && !IsVowel(i - 1))
            {
                foreach (var vowel in optional)
                    yield return (word.Insert(i, vowel), true);
            }
        }
    }
}
