using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// Cuts paragraphs at the first boilerplate section heading (<c>حول هذه القصة</c>, <c>انظر أيضا</c>…): what follows
/// is related-story teasers whose dates, places and names belong to other articles. The structure parser removes
/// these sections too; this guard keeps the extractors right whatever paragraphs they are given.
/// </summary>
public static class BoilerplateGuard
{
    /// <summary>A heading is short: its phrase and at most this many more words (<c>المزيد من عربي</c>).</summary>
    private const int MaxExtraWords = 2;

    public static IEnumerable<string> BeforeBoilerplate(IEnumerable<string> paragraphs, BoilerplatePhrases boilerplate)
    {
        var headings = boilerplate.SectionStarts
            .Select(p => ArticleText.Words(ArabicNormalizer.Normalize(p)))
            .Where(w => w.Count > 0)
            .ToList();
        foreach (var paragraph in paragraphs)
        {
            if (IsHeading(ArticleText.Words(ArabicNormalizer.Normalize(paragraph)), headings))
                yield break;
            yield return paragraph;
        }
    }

    private static bool IsHeading(IReadOnlyList<string> words, List<IReadOnlyList<string>> headings) =>
        headings.Any(h => words.Count >= h.Count && words.Count <= h.Count + MaxExtraWords
            && h.Select((w, i) => w == words[i]).All(same => same));
}
