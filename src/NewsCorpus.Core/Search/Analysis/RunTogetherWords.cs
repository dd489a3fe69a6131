namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Splits words that aggregators ran together (<c>الولاياتالمتحدةوروسيا</c>, <c>سورياوأوكرانيا</c>) into the known
/// words they are made of, each maybe with an attached و، ف، ب or ل. Only when every part is a word the catalogs know
/// and there are at least two, so an ordinary long word is never cut.
/// </summary>
internal sealed class RunTogetherWords
{
    /// <summary>Shorter words are rarely two names run together, and short parts match by accident.</summary>
    private const int MinLength = 8;
    private const int MinPart = 3;
    private const int MaxLength = 60;
    private static readonly string[] Clitics = ["", "و", "ف", "ب", "ل"];

    // The analyzer asks about every long token: parts are looked up as spans of it, so a word that is not run together
    // allocates nothing (cutting each candidate part as a string was most of the analysis chain's allocations).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;

    /// <param name="known">The words parts may be (compared ordinally).</param>
    public RunTogetherWords(IEnumerable<string> known)
    {
        var words = known.ToHashSet(StringComparer.Ordinal);
        Known = words;
        _known = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words parts may be.</summary>
    public IReadOnlySet<string> Known { get; }

    /// <summary>The parts of a run-together normalized word, or null when it is not one.</summary>
    public IReadOnlyList<string>? Split(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength || _known.Contains(word) || !AllLetters(word))
            return null;
        // fewest[i]: the fewest parts the first i letters split into (0 = cannot), with where the last part starts.
        Span<int> fewest = stackalloc int[word.Length + 1];
        Span<int> from = stackalloc int[word.Length + 1];
        fewest[0] = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            fewest[end] = int.MaxValue;
            for (var start = 0; start <= end - MinPart; start++)
            {
                if (fewest[start] == int.MaxValue || (start > 0 && fewest[start] == 0) || !IsPart(word[start..end]))
                    continue;
                if (fewest[start] + 1 < fewest[end])
                {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (fewest[word.Length] is int.MaxValue or < 2)
            return null;
        var parts = new List<string>();
        for (var end = word.Length; end > 0; end = from[end])
            parts.Insert(0, word[from[end]..end].ToString());
        return parts;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return true;
    }

    private bool IsPart(ReadOnlySpan<char> part)
    {
        foreach (var clitic in Clitics)
        {
            if (part.StartsWith(clitic, StringComparison.Ordinal) && part.Length - clitic.Length >= MinPart && _known.Contains(part[clitic.Length..]))
                return true;
        }
        return false;
    }
}
