using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Removes what belongs to other articles: blocks opened by "see also", "about this story", "more from",
/// "most read" (<c>انظر ايضاً</c>, <c>حول هذه القصة</c>, …) with the teasers and "Published On" lines under
/// them, and single "اقرأ أيضا: …" teaser lines inside the body. A block ends where the article visibly
/// resumes — at a paragraph of prose or at the source line — or, failing that, at the end of the page.
/// </summary>
internal sealed class RelatedBlockFilter(BoilerplatePhrases boilerplate)
{
    // A heading is the phrase plus at most a section name ("المزيد من عربي"); longer lines are sentences.
    private const int MaxWordsAfterHeading = 3;
    // "16 يوليو 2018", "منذ 3 ساعات": a teaser's date without a "Published On" label.
    private const int MaxDateLineWords = 5;
    // "المصدر: RT + وكالات" — a source line is a prefix and a few names, not a sentence that opens with "المصدر".
    private const int MaxSourceLineWords = 8;

    private readonly PhraseList _starts = new(boilerplate.SectionStarts);
    private readonly PhraseList _ends = new(boilerplate.SectionEnds);
    private readonly PhraseList _sourcePrefixes = new(boilerplate.SourcePrefixes);
    private readonly BoilerplateFilter _chrome = new(boilerplate);
    private readonly ChromeLine _pageChrome = new(boilerplate);

    /// <summary>The lines that remain once related-story blocks and teaser lines are taken out.</summary>
    public IReadOnlyList<string> RemoveFrom(IReadOnlyList<string> lines)
    {
        var kept = new List<string>(lines.Count);
        var titleSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = Classify(lines[i]);
            // The page's first line of text is its title even when it opens like a heading ("المزيد من العقوبات
            // على روسيا"): lists of other articles follow an article. A bare phrase there is still chrome.
            if (kind == Kind.NamedHeading && !titleSeen)
                kind = Kind.Body;
            if (kind == Kind.Body)
            {
                kept.Add(lines[i]);
                // Once the title is seen no line is put to the chrome test again (it was most of this filter's time).
                titleSeen = titleSeen || !_pageChrome.Is(lines[i]);
            }
            if (kind is not (Kind.Heading or Kind.NamedHeading))
                continue;
            var end = BlockEnd(lines, i + 1);
            // Prose straight under a heading means no teasers were listed: "المزيد من العقوبات" was the
            // article's own subheading. A bare catalog phrase ("اقرأ المزيد") is page chrome either way.
            if (end == i + 1 && kind == Kind.NamedHeading && end < lines.Count && ProseLine.Reads(lines[end]))
                kept.Add(lines[i]);
            i = end - 1;
        }
        return kept;
    }

    // Index of the first line after the block that starts at <paramref name="start"/>.
    private int BlockEnd(IReadOnlyList<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (_ends.MatchesWhole(Fold(lines[i])))
                return i + 1;
            if (IsSourceLine(lines[i]) || ResumesArticle(lines, i, start))
                return i;
        }
        return lines.Count;
    }

    // A prose line resumes the article unless a date stands next to it: then it is a teaser's summary with its
    // "Published On" stamp, as in Al Jazeera's "حول هذه القصة" (date under it) or lists that date above it.
    private bool ResumesArticle(IReadOnlyList<string> lines, int at, int blockStart) =>
        ProseLine.Reads(lines[at])
        && !(at + 1 < lines.Count && IsTeaserDate(lines[at + 1]))
        && !(at > blockStart && IsTeaserDate(lines[at - 1]));

    private bool IsTeaserDate(string line) =>
        _chrome.IsPublishedLine(line)
        || (!LineShape.HasMoreWordsThan(line, MaxDateLineWords) && LineShape.HasDigit(line) && !LineShape.HasSentencePunctuation(line));

    private bool IsSourceLine(string line) =>
        _sourcePrefixes.MatchAtStart(Fold(line)) > 0 && !LineShape.HasMoreWordsThan(line, MaxSourceLineWords);

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
        if (after.Length == 0)
            return Kind.Heading;
        return LineShape.WordCount(after) <= MaxWordsAfterHeading && !LineShape.HasSentencePunctuation(after)
            ? Kind.NamedHeading
            : Kind.Body;
    }

    private static string Fold(string line) => ArabicNormalizer.Normalize(line).Trim();

    private enum Kind { Body, Heading, NamedHeading, Teaser }
}
