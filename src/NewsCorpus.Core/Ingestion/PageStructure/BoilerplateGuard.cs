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
    public static IEnumerable<string> BeforeBoilerplate(IEnumerable<string> paragraphs, BoilerplatePhrases boilerplate) =>
        new RelatedBlockFilter(boilerplate).RemoveFrom(paragraphs.ToList());
}
