namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Which generated spellings of names the lexicon refused because the index held them as ordinary words
/// (<see cref="IndexVocabulary"/>). It is recorded with the index (<see cref="SearchIndex.AnalysisChoices"/>) and the
/// lexicon is rebuilt from the catalogs plus this record on every open, so the analysis no longer depends on what was
/// indexed since: an import that brings a new colliding word changes nothing until the index is rebuilt anyway.
/// </summary>
public sealed class LexiconDecision
{
    private const string Prefix = "ordinary:";

    /// <summary>No spelling refused: what an empty index decides.</summary>
    public static readonly LexiconDecision None = new(new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string> _ordinary;

    private LexiconDecision(HashSet<string> ordinary) => _ordinary = ordinary;

    /// <summary>The refused spellings (normalized), in ordinal order.</summary>
    public IReadOnlyList<string> OrdinarySpellings => [.. _ordinary.Order(StringComparer.Ordinal)];

    /// <summary>The decision a lexicon made: its spellings refused as ordinary words of the index.</summary>
    public static LexiconDecision Of(SearchLexicon lexicon) => new(lexicon.Generated.Refused
        .Where(r => r.Value == GeneratedSpellings.OrdinaryInIndex)
        .Select(r => r.Key)
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>Reads a recorded decision; null when nothing (or something else) was recorded.</summary>
    public static LexiconDecision? Parse(string? recorded) =>
        recorded is not null && recorded.StartsWith(Prefix, StringComparison.Ordinal)
            ? new(recorded[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))
            : null;

    /// <summary>The text recorded in the index's commit: the refused spellings, space-separated.</summary>
    public override string ToString() => Prefix + string.Join(' ', OrdinarySpellings);

    /// <summary>Answers as the vocabulary did when the decision was made.</summary>
    public bool IsOrdinary(string normalizedWord) => _ordinary.Contains(normalizedWord);
}
