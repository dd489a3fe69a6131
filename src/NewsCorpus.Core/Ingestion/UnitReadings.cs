namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// One article's units as a shared <see cref="WordStems"/> reads them, each read once: the entity tagger reads every
/// unit and the summit classifier every sentence of it, and both read the same words the same way (the gazetteer's
/// proclitics and the lexicon's spellings), each for its own matchers.
/// </summary>
public sealed class UnitReadings(WordStems reading)
{
    // Units are records, but each stands at its own position: one instance per unit, so identity is enough.
    private readonly Dictionary<TextUnit, StemmedWords> _read = new(ReferenceEqualityComparer.Instance);

    public WordStems Reading { get; } = reading;

    /// <summary>The unit's words as read, read on first asking.</summary>
    public StemmedWords Of(TextUnit unit)
    {
        if (!_read.TryGetValue(unit, out var words))
            _read[unit] = words = Reading.Of(unit.Words);
        return words;
    }
}
