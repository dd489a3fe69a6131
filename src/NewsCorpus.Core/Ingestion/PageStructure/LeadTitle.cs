namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// The title a page gets. A page with a title line keeps it (cut when it runs past <see cref="MaxLength"/>); a page
/// without one — an aggregator's snippet, a wire paragraph, one long block of text — gets the lead sentence or
/// clause of its first paragraph, and that paragraph stays in the body. Cuts fall at a sentence end, a clause break
/// or, failing those, a word boundary marked with "…"; no title is ever longer than <see cref="MaxLength"/>.
/// </summary>
internal static class LeadTitle
{
    public const int MaxLength = 150;

    // Headlines across the outlets we read run 5–30 words and end, if at all, in "!" or "?"; a first line closed by
    // a full stop after 12 words, or one past 40 words, is the article's first paragraph.
    private const int MinParagraphWordsEndingInStop = 12;
    private const int MinParagraphWords = 40;
    private const int MinWordsAroundInnerStop = 20;
    // A piece shorter than this says too little to stand as a title: cut at a later clause or word instead.
    private const int MinPieceLength = 40;
    // "بروفايل سبق – محمد عطيف: الليلة ..." — a short credit before a colon is not the lead.
    private const int MaxLeadingLabelWords = 6;
    private const string Ellipsis = "…";

    /// <summary>True when a page's first line is a paragraph of text rather than a headline.</summary>
    public static bool IsParagraph(string line)
    {
        var text = line.Trim();
        var words = LineShape.WordCount(text);
        if (words >= MinParagraphWords)
            return true;
        var end = text.TrimEnd('"', '”', '»', ')', '\'', ' ');
        var closedByStop = end.EndsWith('.') && !end.EndsWith("..", StringComparison.Ordinal);
        return (closedByStop && words >= MinParagraphWordsEndingInStop)
            || (words >= MinWordsAroundInnerStop && SentenceEnds(text).Any(i => i < text.Length - 1));
    }

    /// <summary>The title of a page whose first paragraph is <paramref name="paragraph"/>.</summary>
    public static string FromParagraph(string paragraph)
    {
        var text = WithoutLeadingLabel(paragraph.Trim());
        var lead = SentenceEnds(text).Where(i => i + 1 >= MinPieceLength).Select(i => i + 1).DefaultIfEmpty(text.Length).First();
        return Shorten(text[..lead]);
    }

    /// <summary><paramref name="title"/> itself when short enough, else cut at the last sentence end, clause break or word that fits.</summary>
    public static string Shorten(string title)
    {
        var text = title.Trim();
        if (text.Length <= MaxLength)
            return text;
        var sentence = SentenceEnds(text).Where(i => i < MaxLength && i + 1 >= MinPieceLength).DefaultIfEmpty(-1).Max();
        if (sentence > 0)
            return text[..(sentence + 1)];
        var clause = ClauseBreaks(text).Where(i => i <= MaxLength && i >= MinPieceLength).DefaultIfEmpty(-1).Max();
        if (clause > 0)
            return text[..clause].TrimEnd();
        var space = text.LastIndexOf(' ', MaxLength - Ellipsis.Length);
        var cut = space >= MinPieceLength ? text[..space] : text[..(MaxLength - Ellipsis.Length)];
        return cut.TrimEnd(' ', '،', ',', '؛', ';', ':', '-', '–', '—') + Ellipsis;
    }

    private static string WithoutLeadingLabel(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0)
            return text;
        var label = text[..colon];
        var rest = text[(colon + 1)..].Trim();
        var isCredit = label.IndexOfAny(['-', '–', '—']) >= 0 && LineShape.WordCount(label) <= MaxLeadingLabelWords;
        return isCredit && rest.Length >= MinPieceLength ? rest : text;
    }

    // Index of each ". ", "! ", "? ", "؟ " ending a sentence: after a word, so never inside ".." or "…", nor a
    // decimal point or an abbreviation's dots (no space follows those).
    private static IEnumerable<int> SentenceEnds(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '؟'))
                continue;
            var atEnd = i + 1 == text.Length || text[i + 1] == ' ';
            var afterWord = char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '"' or '”' or '»' or ')';
            if (atEnd && afterWord)
                yield return i;
        }
    }

    // Where a clause may be cut: before "،", "؛", ";", ":" or a spaced dash.
    private static IEnumerable<int> ClauseBreaks(string text)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is '،' or '؛' or ';' or ',' or ':' || (text[i] is '-' or '–' or '—' && text[i - 1] == ' ' && text[i + 1] == ' '))
                yield return i;
        }
    }
}
