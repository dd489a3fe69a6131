using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// Removes what belongs to other articles: blocks opened by "see also", "about this story", "more from",
/// "most read" (<c>انظر ايضاً</c>, <c>حول هذه القصة</c>, …) with the teasers and "Published On" lines under
/// them, and single "اقرأ أيضا: …" teaser lines inside the body.
/// </summary>
internal sealed class RelatedBlockFilter(BoilerplatePhrases boilerplate)
{
    // A heading is the phrase plus at most a section name ("المزيد من عربي"); longer lines are sentences.
    private const int MaxWordsAfterHeading = 3;

    private readonly PhraseList _starts = new(boilerplate.SectionStarts);
    private readonly PhraseList _ends = new(boilerplate.SectionEnds);

    /// <summary>The lines that remain once related-story blocks and teaser lines are taken out.</summary>
    public IReadOnlyList<string> RemoveFrom(IReadOnlyList<string> lines)
    {
        var kept = new List<string>(lines.Count);
        var inBlock = false;
        foreach (var line in lines)
        {
            if (inBlock)
            {
                // Most pages put these blocks last; an explicit end marker lets the article resume after one.
                inBlock = !_ends.MatchesWhole(Fold(line));
                continue;
            }
            switch (Classify(line))
            {
                case Kind.Heading:
                    inBlock = true;
                    break;
                case Kind.Teaser:
                    break;
                default:
                    kept.Add(line);
                    break;
            }
        }
        return kept;
    }

    private Kind Classify(string line)
    {
        var folded = Fold(line);
        var length = _starts.MatchAtStart(folded);
        if (length == 0)
            return Kind.Body;
        var after = folded[length..].Trim();
        if (after.StartsWith(':'))
        {
            after = after[1..].Trim();
            // "اقرأ أيضا: عنوان مقال آخر" is one teaser; "اقرأ أيضا:" alone opens a list of them.
            return after.Length == 0 ? Kind.Heading : Kind.Teaser;
        }
        return LineShape.WordCount(after) <= MaxWordsAfterHeading && !LineShape.HasSentencePunctuation(after)
            ? Kind.Heading
            : Kind.Body;
    }

    private static string Fold(string line) => ArabicNormalizer.Normalize(line).Trim();

    private enum Kind { Body, Heading, Teaser }
}
