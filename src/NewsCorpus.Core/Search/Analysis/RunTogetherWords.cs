namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Splits words that aggregators ran together (<c>الولاياتالمتحدةوروسيا</c>, <c>سورياوأوكرانيا</c>) into the known
/// words they are made of, each maybe with an attached و، ف، ب or ل. Only when every part is a word the catalogs know
/// and there are at least two, so an ordinary long word is never cut.
/// </summary>
internal sealed class RunTogetherWords(IReadOnlySet<string> known)
{
    /// <summary>Shorter words are rarely two names run together, and short parts match by accident.</summary>
    private const int MinLength = 8;
    private const int MinPart = 3;
    private const int MaxLength = 60;
    private static readonly string[] Clitics = ["", "و", "ف", "ب", "ل"];

    /// <summary>The words parts may be.</summary>
    public IReadOnlySet<string> Known { get; } = known;

    /// <summary>The parts of a run-together normalized word, or null when it is not one.</summary>
    public IReadOnlyList<string>? Split(string word)
    {
        if (word.Length < MinLength || word.Length > MaxLength || Known.Contains(word) || !word.All(char.IsLetter))
            return null;
        // fewest[i]: the fewest parts the first i letters split into (0 = cannot), with where the last part starts.
        var fewest = new int[word.Length + 1];
        var from = new int[word.Length + 1];
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
            parts.Insert(0, word[from[end]..end]);
        return parts;
    }

    private bool IsPart(string part) =>
        Clitics.Any(c => part.StartsWith(c, StringComparison.Ordinal) && part.Length - c.Length >= MinPart && Known.Contains(part[c.Length..]));
}
