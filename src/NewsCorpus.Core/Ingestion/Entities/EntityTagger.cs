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
    public EntityTagger(EntityGazetteer gazetteer, SearchLexicon? spellings = null)
    {
        var phrases = gazetteer.Entities.SelectMany(e =>
            new[] { e.NameAr, e.NameEn }.Concat(e.AliasesAr).Concat(e.AliasesEn).Select(alias => (e.Id, alias)));
        _matcher = new PhraseMatcher<string>(phrases, gazetteer.AttachedPrefixes, spellings);
    }

    /// <summary>Entity ids in order of first mention (a matcher finds a unit's phrases in the order they start).</summary>
    public IReadOnlyList<string> Tag(ArticleText text) => text.Content
        .SelectMany(unit => _matcher.Find(unit.Words))
        .Select(m => m.Key)
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
