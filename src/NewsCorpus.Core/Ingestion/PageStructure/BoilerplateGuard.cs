using System.Runtime.CompilerServices;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Takes related-story blocks (<c>حول هذه القصة</c>, <c>انظر أيضا</c>…) out of paragraphs: their teasers' dates,
/// places and names belong to other articles. The structure parser removes these blocks too; this guard keeps the
/// extractors right whatever paragraphs they are given, with the same rule, so an article's own subheading
/// (<c>المزيد من العقوبات</c>) and the paragraphs after an inline teaser still count.
/// </summary>
public static class BoilerplateGuard
{
    // Building the filter folds and sorts every catalog phrase; built for each article it cost more than the
    // filtering. One per catalog, kept as long as the catalog lives; the filter holds no state between calls.
    private static readonly ConditionalWeakTable<BoilerplatePhrases, RelatedBlockFilter> Filters = new();

    public static IEnumerable<string> BeforeBoilerplate(IEnumerable<string> paragraphs, BoilerplatePhrases boilerplate) =>
        Filters.GetValue(boilerplate, phrases => new RelatedBlockFilter(phrases)).RemoveFrom(paragraphs.ToList());
}
