using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Ingestion.Entities;

/// <summary>
/// Tags an article with the gazetteer entities it mentions, matched on normalized words in both scripts (so
/// <c>اوباما</c> and <c>أوباما</c> are one person; English aliases match in captions), with attached proclitics.
/// </summary>
public sealed class EntityTagger
{
    private readonly PhraseMatcher<string> _matcher;

    /// <param name="gazetteer">The people, places and organisations to find.</param>
    /// <param name="spellings">The one spelling of a word (<c>ميدفديف</c> → <c>ميدفيديف</c>), so every spelling of a name matches.</param>
    /// <param name="reading">
    /// How words are read, shared with other matchers over the same units (<see cref="UnitReadings"/>); by default one
    /// of its own, with the gazetteer's proclitics and <paramref name="spellings"/>. A shared one must read the same way.
    /// </param>
    public EntityTagger(EntityGazetteer gazetteer, SearchLexicon? spellings = null, WordStems? reading = null)
    {
        var phrases = gazetteer.Entities.SelectMany(e =>
            new[] { e.NameAr, e.NameEn }.Concat(e.AliasesAr).Concat(e.AliasesEn).Select(alias => (e.Id, alias)));
        _matcher = new PhraseMatcher<string>(phrases, reading ?? new WordStems(gazetteer.AttachedPrefixes, spellings));
    }

    /// <summary>Entity ids in order of first mention (a matcher finds a unit's phrases in the order they start).</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="readings">Its units as already read, when the reading is shared (the matcher reads them again otherwise).</param>
    public IReadOnlyList<string> Tag(ArticleText text, UnitReadings? readings = null) => text.Content
        .SelectMany(unit => readings is null ? _matcher.Find(unit.Words) : _matcher.Find(readings.Of(unit)))
        .Select(m => m.Key)
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
