namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Tells an article paragraph from a teaser: the headline, summary or date of another story listed under a
/// "see also" heading. Used to find where the article resumes after such a heading.
/// </summary>
internal static class ProseLine
{
    // Headlines across the outlets we read run 5–20 words and rarely end in a full stop; paragraphs run 15–80
    // words and almost always do. So a line of 12+ words closed by a stop reads as prose, and a line past 30
    // words reads as prose even when the page lost its final stop — no headline is that long.
    private const int MinWordsEndingInStop = 12;
    private const int MinWordsWithoutStop = 30;

    public static bool Reads(string line)
    {
        var text = line.Trim();
        // In an Arabic article a Latin line is a photo caption (often a teaser's photo), never its prose.
        if (IsTruncated(text) || LineShape.IsMostlyLatin(text))
            return false;
        var words = LineShape.WordCount(text);
        return words >= MinWordsWithoutStop || (words >= MinWordsEndingInStop && EndsInStop(text));
    }

    // A teaser's summary is cut off ("… في حالة …", "...").
    private static bool IsTruncated(string text) =>
        text.EndsWith('…') || text.EndsWith("..", StringComparison.Ordinal) || text.EndsWith("[…]", StringComparison.Ordinal);

    private static bool EndsInStop(string text)
    {
        // A closing quote or bracket may follow the stop: ... الأمن النووي." or ... القمة.»
        var end = text.TrimEnd('"', '”', '»', ')', '\'', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '؟';
    }
}
