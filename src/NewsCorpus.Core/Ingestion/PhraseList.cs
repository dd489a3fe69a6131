using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// Editor-maintained phrases, folded once, matched on folded text at word boundaries so that
/// <c>انظر ايضاً</c> also matches <c>انظر أيضا</c> and "Related" does not match inside "unrelated".
/// </summary>
internal sealed class PhraseList
{
    // Longest first, so "غيتي إيميجز" wins over "غيتي" and a match covers as much as it can.
    private readonly string[] _phrases;
    // The same by first character (each group longest first) and as a set: the page parser asks every line whether
    // it opens with or is one of a list's phrases, and comparing it with each phrase in turn was a large part of that.
    private readonly Dictionary<char, string[]> _byFirstChar;
    private readonly HashSet<string> _whole;

    public PhraseList(IEnumerable<string> phrases)
    {
        _phrases = phrases.Select(p => ArabicNormalizer.Normalize(p).Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToArray();
        _byFirstChar = _phrases.GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _whole = _phrases.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Length of the longest phrase <paramref name="folded"/> begins with, or 0.</summary>
    public int MatchAtStart(string folded)
    {
        foreach (var phrase in StartingLike(folded))
        {
            if (folded.StartsWith(phrase, StringComparison.Ordinal) && EndsAtBoundary(folded, 0, phrase))
                return phrase.Length;
        }
        return 0;
    }

    /// <summary>
    /// Length of the longest phrase <paramref name="folded"/> begins with, even when the next word is run into it
    /// (<c>مقالات أخرى للكاتبمركز الإغاثة</c>), or 0. For phrases that never begin an ordinary sentence.
    /// </summary>
    public int MatchAtStartGlued(string folded)
    {
        foreach (var phrase in StartingLike(folded))
        {
            if (folded.StartsWith(phrase, StringComparison.Ordinal))
                return phrase.Length;
        }
        return 0;
    }

    /// <summary>True when the whole of <paramref name="folded"/> (trimmed) is one of the phrases.</summary>
    public bool MatchesWhole(string folded) => _whole.Contains(folded.Trim());

    /// <summary>True when one of the phrases occurs anywhere in <paramref name="folded"/> as whole words.</summary>
    public bool OccursIn(string folded)
    {
        foreach (var phrase in _phrases)
        {
            for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0;
                 at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (StartsAtBoundary(folded, at, phrase) && EndsAtBoundary(folded, at, phrase))
                    return true;
            }
        }
        return false;
    }

    // The phrases that begin with the text's first character, longest first.
    private string[] StartingLike(string folded) =>
        folded.Length > 0 && _byFirstChar.TryGetValue(folded[0], out var phrases) ? phrases : [];

    private static bool StartsAtBoundary(string text, int at, string phrase) =>
        at == 0 || !char.IsLetterOrDigit(phrase[0]) || !char.IsLetterOrDigit(text[at - 1]);

    private static bool EndsAtBoundary(string text, int at, string phrase)
    {
        var end = at + phrase.Length;
        return end == text.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(text[end]);
    }
}
